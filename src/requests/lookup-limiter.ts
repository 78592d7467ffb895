/**
 * Counts status look-ups per client address in a sliding hour, so nobody can try references
 * and e-mail addresses in bulk. In memory, per instance: behind a load balancer each instance
 * counts on its own, which bounds an attacker at (instances × limit) an hour.
 */
export class LookupLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perHour: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a look-up; false when the address has used up its hour. */
  take(key: string): boolean {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < 3_600_000);
    if (recent.length >= this.perHour) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 50_000) this.prune(now);
    return true;
  }

  private prune(now: number): void {
    for (const [key, times] of this.hits) {
      if (times.every((at) => now - at >= 3_600_000)) this.hits.delete(key);
    }
  }
}
