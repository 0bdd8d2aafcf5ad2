import { describe, expect, it } from 'vitest';
import { MemorySlidingWindow } from './sliding-window';

describe('MemorySlidingWindow', () => {
  it('allows `limit` events per window, then says how long to wait, then allows again', async () => {
    let now = 1_000_000;
    const limiter = new MemorySlidingWindow({ limit: 3, windowMs: 60_000, now: () => now });
    for (let index = 0; index < 3; index += 1) {
      expect(await limiter.retryAfterSeconds('k')).toBe(0);
      await limiter.record('k');
      now += 10_000;
    }
    // Events at 0 s, 10 s, 20 s; now 30 s: the first expires at 60 s.
    expect(await limiter.retryAfterSeconds('k')).toBe(30);
    expect(await limiter.retryAfterSeconds('other')).toBe(0);
    now += 30_001;
    expect(await limiter.retryAfterSeconds('k')).toBe(0);
  });

  it('forgets a key on reset', async () => {
    const limiter = new MemorySlidingWindow({ limit: 1, windowMs: 60_000 });
    await limiter.record('k');
    expect(await limiter.retryAfterSeconds('k')).toBeGreaterThan(0);
    await limiter.reset('k');
    expect(await limiter.retryAfterSeconds('k')).toBe(0);
  });
});
