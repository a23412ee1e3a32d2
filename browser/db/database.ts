import Dexie, { type EntityTable } from 'dexie';
import type { Report } from '../../engine/report/types';

/** A profile as stored: its JSON text kept verbatim, so export gives back exactly what was imported. */
export interface StoredProfile {
  id: string;
  name: string;
  json: string;
  updatedAt: number;
  /** 1 when first stored, one more on every save: an editor saving over a newer one is asked first. */
  revision: number;
}

export interface SiteBinding {
  id?: number;
  pattern: string;
  profileId: string;
}

export interface StoredReport {
  id?: number;
  url: string;
  profileId: string;
  createdAt: number;
  report: Report;
}

export interface IgnoredFinding {
  id?: number;
  /** The page's origin: ignoring is per site. */
  site: string;
  fingerprint: string;
  /*
   * What the dismissed list shows and the profile's export carries (since version 4): rows stored
   * before have none of these, and still hide their finding.
   */
  profileId?: string;
  check?: string;
  quote?: string;
  message?: string;
  /** When it was ignored, in ms since the epoch. */
  when?: number;
}

export interface UserWord {
  word: string;
  /** The profile it was added under and when (since version 4); the word serves every check either way. */
  profileId?: string;
  when?: number;
}

export interface Setting {
  key: string;
  value: string;
}

export type SverkaDb = Dexie & {
  profiles: EntityTable<StoredProfile, 'id'>;
  siteBindings: EntityTable<SiteBinding, 'id'>;
  reports: EntityTable<StoredReport, 'id'>;
  ignored: EntityTable<IgnoredFinding, 'id'>;
  userWords: EntityTable<UserWord, 'word'>;
  settings: EntityTable<Setting, 'key'>;
};

/**
 * Every schema the database has had. A change is a new version with an upgrade that keeps every
 * row; the old versions stay here so an old database can be opened and moved forward.
 */
export const SCHEMAS: { version: number; stores: Record<string, string>; upgrade?: (tx: import('dexie').Transaction) => Promise<void> }[] = [
  {
    version: 1,
    stores: {
      profiles: 'id, name',
      siteBindings: '++id, pattern, profileId',
      reports: '++id, url, createdAt',
      ignored: '++id, site, fingerprint',
      userWords: 'word',
    },
  },
  {
    // The history view lists one URL's checks newest first, and ignoring asks for one site's
    // fingerprint: compound indexes answer both; settings keep the last used profile.
    version: 2,
    stores: {
      profiles: 'id, name, updatedAt',
      siteBindings: '++id, pattern, profileId',
      reports: '++id, url, createdAt, [url+createdAt], profileId',
      ignored: '++id, site, fingerprint, &[site+fingerprint]',
      userWords: 'word',
      settings: 'key',
    },
    upgrade: async (tx) => {
      await tx
        .table('profiles')
        .toCollection()
        .modify((profile: StoredProfile) => {
          profile.updatedAt ??= Date.now();
        });
    },
  },
  {
    // Profiles carry a revision so a save over another tab's newer save is noticed; the stores
    // (and every row) stay as they were, and Dexie carries an unnamed store over unchanged.
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('profiles')
        .toCollection()
        .modify((profile: StoredProfile) => {
          profile.revision ??= 1;
        });
    },
  },
  {
    // The dismissed list shows one profile's ignored findings and added words: both are indexed by
    // profile. Rows carry what they need to be listed, and older rows are kept as they were.
    version: 4,
    stores: {
      ignored: '++id, site, fingerprint, &[site+fingerprint], profileId',
      userWords: 'word, profileId',
    },
  },
];

export function openDatabase(name = 'sverka', upTo = SCHEMAS[SCHEMAS.length - 1]!.version, options?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): SverkaDb {
  const db = new Dexie(name, options) as SverkaDb;
  for (const schema of SCHEMAS.filter((s) => s.version <= upTo)) {
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  return db;
}
