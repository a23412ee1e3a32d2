import type { EngineOptions } from './engine';
import type { CheckReply, CheckRequest } from './check-runner';
import type { Material } from './material/types';
import type { Language, Profile } from './profile/types';
import type { Report } from './report/types';

/** The engine as an extension page reaches it in its worker: the same answers, and a first look at long pages. */
export interface CheckClient {
  warm(languages: Language[]): void;
  check(materials: Material[], profile: Profile, options: Pick<EngineOptions, 'userWords'>, onPreview?: (report: Report) => void): Promise<Report>;
  /** Hands the client a reply the worker posted. */
  receive(reply: CheckReply): void;
}

/** Pairs each check with its replies by number: a late preview of an earlier check is never taken for a newer one's. */
export function createCheckClient(post: (request: CheckRequest) => void): CheckClient {
  let next = 0;
  const waiting = new Map<number, { resolve(report: Report): void; reject(error: Error): void; onPreview?: (report: Report) => void }>();
  return {
    warm: (languages) => post({ type: 'warm', languages }),
    check(materials, profile, { userWords = [] }, onPreview) {
      const id = ++next;
      return new Promise<Report>((resolve, reject) => {
        waiting.set(id, { resolve, reject, onPreview });
        post({ type: 'check', id, materials, profile, userWords });
      });
    },
    receive(reply) {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      if (reply.type === 'preview') return pending.onPreview?.(reply.report);
      waiting.delete(reply.id);
      if (reply.type === 'report') pending.resolve(reply.report);
      else pending.reject(new Error(reply.message));
    },
  };
}
