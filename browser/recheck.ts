/**
 * Turns "the page's text changed" signals into re-checks. At most one re-check runs at a time;
 * the next starts no sooner than `intervalMs` after the previous one ended; any number of signals
 * meanwhile become one re-check. A page whose text changes every second is so checked a few times
 * a minute instead of every second, and its latest text is always checked in the end.
 */
export class RecheckCoalescer {
  private running = false;
  private pending = false;
  private stopped = false;
  private lastEnded = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly recheck: () => Promise<void>,
    private readonly intervalMs: number,
  ) {}

  /** The page changed: a re-check will follow, now or when the interval allows. */
  notify(): void {
    this.pending = true;
    this.schedule();
  }

  /** No more re-checks: the panel closed or moved to another tab. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.stopped || this.running || this.timer !== undefined || !this.pending) return;
    const wait = Math.max(0, this.lastEnded + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, wait);
  }

  private async run(): Promise<void> {
    this.pending = false;
    this.running = true;
    try {
      await this.recheck();
    } finally {
      this.running = false;
      this.lastEnded = Date.now();
      this.schedule();
    }
  }
}
