import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../browser/db/database';
import { readLimits, resetLimits, saveLimits, validateLimits } from '../../../../browser/db/limits';
import { DEFAULT_LIMITS } from '../../../../engine/material/limits';

let counter = 0;
const freshDb = () => openDatabase(`limits-${++counter}`);

describe('the limits a user sets in the extension', () => {
  it('start as the CLI defaults, and a saved change is what checks read', async () => {
    const db = freshDb();
    expect(await readLimits(db)).toEqual(DEFAULT_LIMITS);
    expect(await saveLimits(db, { maxBytes: 5 * 1024 * 1024, maxWords: 20_000, timeoutMs: 30_000 })).toEqual({ ok: true });
    expect(await readLimits(db)).toEqual({ ...DEFAULT_LIMITS, maxBytes: 5 * 1024 * 1024, maxWords: 20_000, timeoutMs: 30_000 });
    await resetLimits(db);
    expect(await readLimits(db)).toEqual(DEFAULT_LIMITS);
  });

  it('refuses a value that would switch a guard off, naming the field, and writes nothing', async () => {
    const db = freshDb();
    const result = await saveLimits(db, { maxBytes: 0, maxWords: 1.5, timeoutMs: Number.NaN });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'maxBytes', min: 1024 * 1024, max: 200 * 1024 * 1024 },
        { field: 'maxWords', min: 100, max: 1_000_000 },
        { field: 'timeoutMs', min: 1000, max: 600_000 },
      ],
    });
    expect(await readLimits(db)).toEqual(DEFAULT_LIMITS);
    expect(validateLimits({ maxBytes: 1024 * 1024, maxWords: 100, timeoutMs: 600_000 }).ok).toBe(true);
  });

  it('falls back to the defaults when what is stored no longer validates', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'limits', value: JSON.stringify({ maxWords: -5 }) });
    expect(await readLimits(db)).toEqual(DEFAULT_LIMITS);
    await db.settings.put({ key: 'limits', value: '{not json' });
    expect(await readLimits(db)).toEqual(DEFAULT_LIMITS);
  });
});
