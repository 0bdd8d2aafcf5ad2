import { describe, expect, it } from 'vitest';
import { formatUsd, parseUsdInput } from './format-usd';

describe('parseUsdInput', () => {
  it.each([
    ['25', 25],
    ['12.50', 12.5],
    ['  $ 7.5 ', 7.5],
    ['$1,000', 1000],
    ['1,250,000.99', 1_250_000.99],
    ['.75', 0.75],
    ['0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseUsdInput(text)).toBe(expected);
  });

  it.each(['', '   ', '$'])('reads %j as no budget', (text) => {
    expect(parseUsdInput(text)).toBeNull();
  });

  it.each(['-5', '12.345', 'ten', '1e3', '12,34', '1.2.3', '$$5', 'Infinity'])('refuses %j', (text) => {
    expect(parseUsdInput(text)).toBeUndefined();
  });
});

describe('formatUsd', () => {
  it.each([
    [0, '$0.00'],
    [25, '$25.00'],
    [1234.5, '$1,234.50'],
    [0.0042, '$0.0042'],
  ])('formats %d as %s', (value, expected) => {
    expect(formatUsd(value)).toBe(expected);
  });
});
