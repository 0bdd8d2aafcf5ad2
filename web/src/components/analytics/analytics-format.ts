/** Formatting and range arithmetic for the analytics page. Days are UTC, as the API counts them. */

const DAY_MS = 86_400_000;

export const RANGE_PRESETS = [7, 30, 90] as const;
export const MAX_RANGE_DAYS = 366;

export type AnalyticsFilters = { from: string; to: string; projectId: string | null };

/** Today as YYYY-MM-DD in UTC. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Inclusive count of days between two YYYY-MM-DD dates (0 or less when from is after to). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The last `days` days up to and including today. */
export function presetRange(days: number, today = todayUtc()): { from: string; to: string } {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** Which preset a range is, or null for a custom one. */
export function presetOf(filters: { from: string; to: string }, today = todayUtc()): number | null {
  if (filters.to !== today) return null;
  return RANGE_PRESETS.find((days) => daysBetween(filters.from, filters.to) === days) ?? null;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const smallUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
const integer = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/** Dollars; amounts under a cent keep up to four decimals so they do not read as $0.00. */
export function formatUsd(value: number): string {
  return value > 0 && value < 0.01 ? smallUsd.format(value) : usd.format(value);
}

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatPercent(value: number | null): string {
  return value === null ? '—' : percent.format(value);
}

/** A latency: milliseconds below a second, seconds (one decimal) below a minute, then minutes. */
export function formatLatency(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

/** "3 Dec" for a YYYY-MM-DD day (UTC), with the year when asked ("3 Dec 2026"). */
export function formatDay(day: string, withYear = false): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    timeZone: 'UTC',
  });
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
