/**
 * An in-process sliding-window log: at most `limit` events per key within `windowMs`.
 * The embedded default's limiter; a hosted deployment swaps in Upstash Redis so that
 * every instance shares the counts.
 */
export interface EventLimiter {
  /** Seconds until another event is allowed for the key; 0 when it is allowed now. */
  retryAfterSeconds(key: string): Promise<number>;
  record(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

export class MemorySlidingWindow implements EventLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly options: { limit: number; windowMs: number; now?: () => number; maxKeys?: number },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private live(key: string): number[] {
    const cutoff = this.now() - this.options.windowMs;
    const kept = (this.events.get(key) ?? []).filter((time) => time > cutoff);
    if (kept.length === 0) this.events.delete(key);
    else this.events.set(key, kept);
    return kept;
  }

  async retryAfterSeconds(key: string): Promise<number> {
    const times = this.live(key);
    if (times.length < this.options.limit) return 0;
    const oldestThatMustExpire = times[times.length - this.options.limit]!;
    return Math.max(1, Math.ceil((oldestThatMustExpire + this.options.windowMs - this.now()) / 1000));
  }

  async record(key: string): Promise<void> {
    const times = this.live(key);
    times.push(this.now());
    this.events.set(key, times);
    if (this.events.size > (this.options.maxKeys ?? 50_000)) this.sweep();
  }

  async reset(key: string): Promise<void> {
    this.events.delete(key);
  }

  private sweep(): void {
    for (const key of [...this.events.keys()]) this.live(key);
  }
}
