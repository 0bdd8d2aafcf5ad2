const DEFAULT_DESTINATION = '/projects';

/**
 * Where to go after logging in: the `?next=` value if it is a path on this site, else the
 * projects page. Refuses absolute URLs, protocol-relative `//host` and `/\host` (which
 * browsers read as `//host`), so the login page cannot be used to send people elsewhere.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return DEFAULT_DESTINATION;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return DEFAULT_DESTINATION;
  // Control characters (tabs, newlines) are stripped by URL parsers and could re-form `//`.
  if (/[\u0000-\u001f\u007f]/.test(value)) return DEFAULT_DESTINATION;
  try {
    const base = 'http://medialab.invalid';
    const url = new URL(value, base);
    if (url.origin !== base) return DEFAULT_DESTINATION;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_DESTINATION;
  }
}

/** `?next=` to carry between the login and signup pages, if it is not the default. */
export function nextQuery(next: string): string {
  return next === DEFAULT_DESTINATION ? '' : `?next=${encodeURIComponent(next)}`;
}
