'use client';

import { useNow } from '@/hooks/use-now';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

function relative(date: Date, now: number): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), 'minute');
}

const fullFormat: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * A time in the visitor's own time zone and locale. The server renders it in UTC; the
 * browser replaces it after hydration, so the two never disagree during hydration.
 */
export function LocalTime({ iso, format = 'datetime', className }: { iso: string; format?: 'datetime' | 'relative'; className?: string }) {
  const now = useNow();
  const hydrated = now !== null;
  const date = new Date(iso);
  let text: string;
  if (!hydrated) text = `${date.toLocaleString('en-GB', { ...fullFormat, timeZone: 'UTC' })} UTC`;
  else if (format === 'relative') text = relative(date, now);
  else text = date.toLocaleString(undefined, fullFormat);
  return (
    <time dateTime={iso} title={hydrated ? date.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'long' }) : undefined} className={className}>
      {text}
    </time>
  );
}
