import type { EngineOptions } from '../engine/engine';
import type { CheckReply, CheckRequest } from '../engine/check-runner';
import type { Material } from '../engine/material/types';
import type { Language, Profile } from '../engine/profile/types';
import type { Report } from '../engine/report/types';

/** The engine as an extension page reaches it in its worker: the same answers, and a first look at the top of a long page. */
export interface CheckClient {
  warm(languages: Language[]): void;
  check(materials: Material[], profile: Profile, options: Pick<EngineOptions, 'userWords'>): Promise<Report>;
  /** Asks for a first look at the top of a page, read before the rest; `onPreview` has it if the page is long enough to want one. */
  preview(material: Material, profile: Profile, options: Pick<EngineOptions, 'userWords'>, onPreview: (report: Report) => void): void;
  /** Hands the client a reply the worker posted. */
  receive(reply: CheckReply): void;
}

/**
 * Pairs each request with its replies by number. The worker answers in the order asked, so when a
 * check ends, a preview asked before it that got no answer (the page was short) never will.
 */
export function createCheckClient(post: (request: CheckRequest) => void): CheckClient {
  let next = 0;
  const waiting = new Map<number, { resolve(report: Report): void; reject(error: Error): void }>();
  const previews = new Map<number, (report: Report) => void>();
  const forgetPreviewsBefore = (id: number) => {
    for (const asked of previews.keys()) if (asked < id) previews.delete(asked);
  };
  return {
    warm: (languages) => post({ type: 'warm', languages }),
    check(materials, profile, { userWords = [] }) {
      const id = ++next;
      return new Promise<Report>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        post({ type: 'check', id, materials, profile, userWords });
      });
    },
    preview(material, profile, { userWords = [] }, onPreview) {
      const id = ++next;
      previews.set(id, onPreview);
      post({ type: 'preview', id, material, profile, userWords });
    },
    receive(reply) {
      if (reply.type === 'preview') {
        previews.get(reply.id)?.(reply.report);
        previews.delete(reply.id);
        return;
      }
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      forgetPreviewsBefore(reply.id);
      if (reply.type === 'report') pending.resolve(reply.report);
      else pending.reject(new Error(reply.message));
    },
  };
}
