/// <reference lib="webworker" />
import { extensionSpellChecker } from '@/browser/spelling/spell-checker';
import { createCheckRunner, type CheckReply, type CheckRequest } from '@/engine/check-runner';

/**
 * The side panel's checks run here, off the panel's thread: the panel stays responsive while a long
 * page is read, and the dictionaries stay loaded between checks. A worker has no extension API; its
 * own origin is the extension's, where the dictionaries are.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const runner = createCheckRunner(extensionSpellChecker((path) => new URL(path, scope.location.origin).href));
const post = (reply: CheckReply) => scope.postMessage(reply);

// One check at a time, in the order asked; a warm-up gives way to a check that is waiting.
let queue = Promise.resolve();
let checksWaiting = 0;
scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  if (request.type !== 'warm') checksWaiting++;
  queue = queue.then(() => {
    // A warm-up that fails changes nothing: the check that follows meets the same failure and reports it.
    if (request.type === 'warm') return runner.warm(request.languages, () => checksWaiting > 0).catch(() => undefined);
    checksWaiting--;
    return request.type === 'preview' ? runner.preview(request, post) : runner.check(request, post);
  });
};
