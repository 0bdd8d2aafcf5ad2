import { describe, expect, it } from 'vitest';
import { formatBytes, formatClock, formatCost, formatEta, humanize, promptTitle } from './format';

describe('formatCost', () => {
  it('says Free for zero and Unknown price for null, never $0 for an unknown price', () => {
    expect(formatCost(0)).toBe('Free');
    expect(formatCost(null)).toBe('Unknown price');
    expect(formatCost(undefined)).toBe('Unknown price');
  });

  it('shows small prices with the digits that matter', () => {
    expect(formatCost(0.039)).toBe('$0.039');
    expect(formatCost(0.0041)).toBe('$0.0041');
    expect(formatCost(1.5)).toBe('$1.50');
  });
});

describe('formatClock', () => {
  it('formats minutes and hours', () => {
    expect(formatClock(75.4)).toBe('1:15');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(Number.NaN)).toBe('0:00');
  });
});

describe('text helpers', () => {
  it('rounds what is left the way people say it', () => {
    expect(formatEta(3)).toBe('a few seconds left');
    expect(formatEta(21)).toBe('about 25 s left');
    expect(formatEta(130)).toBe('about 3 min left');
  });

  it('formats sizes and names', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2_450_000)).toBe('2.5 MB');
    expect(humanize('durationSeconds')).toBe('Duration seconds');
    expect(humanize('lo-fi')).toBe('Lo-fi');
  });

  it('cuts a long prompt at a word', () => {
    expect(promptTitle('a calm piano piece for a rainy evening in the city', 30)).toBe('a calm piano piece for a rainy…');
    expect(promptTitle('first line\nsecond line')).toBe('first line');
  });
});
