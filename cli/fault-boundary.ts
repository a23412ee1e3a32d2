/**
 * Errors nothing catches — thrown in a worker thread's message listener, or a promise nobody
 * awaits — end a Node process with status 1, which the CLI's contract keeps for findings. Once
 * the process is guarded, such an error fails the material being read when one is, and goes to
 * `onStray` when none is.
 */
let failCurrent: ((error: unknown) => void) | null = null;

export function guardProcess(onStray: (error: unknown) => void): void {
  const route = (error: unknown) => (failCurrent ?? onStray)(error);
  process.on('uncaughtException', route);
  process.on('unhandledRejection', route);
}

/** `work`, rejected with any stray error raised while it runs (in a guarded process). */
export async function withinBoundary<T>(work: () => Promise<T>): Promise<T> {
  const stray = new Promise<never>((_, reject) => {
    failCurrent = reject;
  });
  try {
    return await Promise.race([work(), stray]);
  } finally {
    failCurrent = null;
  }
}
