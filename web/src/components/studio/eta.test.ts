import { describe, expect, it } from 'vitest';
import { estimateSecondsLeft } from './eta';

describe('estimateSecondsLeft', () => {
  it('extrapolates from the progress of a running job', () => {
    expect(estimateSecondsLeft({ status: 'running', progress: 0.25 }, 10, null)).toBe(30);
    expect(estimateSecondsLeft({ status: 'running', progress: 0.5 }, 8, 100)).toBe(8);
  });

  it('falls back to how long such runs took, never below zero', () => {
    expect(estimateSecondsLeft({ status: 'queued', progress: null }, 2, 12)).toBe(10);
    expect(estimateSecondsLeft({ status: 'running', progress: 0.01 }, 3, 12)).toBe(9);
    expect(estimateSecondsLeft({ status: 'running', progress: null }, 20, 12)).toBe(0);
  });

  it('knows nothing without progress or history', () => {
    expect(estimateSecondsLeft({ status: 'running', progress: null }, 5, null)).toBeNull();
  });
});
