/**
 * Runs a task every `intervalMs`, never two at once, until stopped. Used to pick up changes
 * that other instances wrote to the shared database (reference data, the directory).
 * A failing run is reported and the next one is tried at the next tick.
 */
export class Poller {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly task: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): this {
    this.schedule();
    return this;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.task()
        .then(() => undefined, this.onError)
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, this.intervalMs);
    // A poller alone must not keep the process alive.
    this.timer.unref();
  }

  /** Stops ticking and waits for a run in progress, so the database can close cleanly after. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
