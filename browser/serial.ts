/**
 * Runs `task` one at a time. A call while it runs asks for one more run after it (however many
 * calls came), so the last state always gets a run and two runs never interleave their results.
 */
export function serial(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const loop = async () => {
    try {
      do {
        again = false;
        await task();
      } while (again);
    } finally {
      running = null;
    }
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = loop();
    return running;
  };
}
