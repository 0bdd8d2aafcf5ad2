/** Formatting shared by the studio, the library and the player. */

const usdSmall = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 2 });
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 3 });

/**
 * A price for people: "Free" for zero, "Unknown price" for null (the catalog has no price;
 * never shown as $0), otherwise dollars with the precision small prices need.
 */
export function formatCost(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'Unknown price';
  if (value === 0) return 'Free';
  if (value < 0.01) return usdSmall.format(value);
  return usd.format(value);
}

/** 75.4 → "1:15"; 3725 → "1:02:05". */
export function formatClock(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '0:00';
  const whole = Math.floor(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** A span of time in words for screen readers and details: "1 minute 5 seconds", "2.4 seconds". */
export function formatSpoken(seconds: number): string {
  if (seconds < 10) return `${Math.round(seconds * 10) / 10} seconds`;
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (rest > 0 || minutes === 0) parts.push(`${rest} second${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** What is left, rounded the way people say it: "a few seconds", "about 20 s", "about 3 min". */
export function formatEta(seconds: number): string {
  if (seconds <= 5) return 'a few seconds left';
  if (seconds < 60) return `about ${Math.ceil(seconds / 5) * 5} s left`;
  return `about ${Math.ceil(seconds / 60)} min left`;
}

const byteUnits = ['bytes', 'KB', 'MB', 'GB'] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < byteUnits.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${byteUnits[unit]}`;
}

/** "hip-hop" → "Hip-hop", "lo_fi" → "Lo fi", "maxTokens" → "Max tokens". */
export function humanize(text: string): string {
  const spaced = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The first line of a prompt, cut at a word, for titles. */
export function promptTitle(prompt: string, max = 80): string {
  const line = prompt.trim().split('\n')[0] ?? '';
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  // The cut may fall just before a space: then the last word is whole.
  const space = line[max] === ' ' ? max : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An asset's name without its file extension: "sunny walk.wav" → "sunny walk". */
export function assetTitle(name: string): string {
  return name.replace(/\.[a-z0-9]{2,5}$/i, '') || name;
}
