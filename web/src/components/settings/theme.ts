/** The colour themes a person can pick; `system` follows the device (prefers-color-scheme). */
export const THEMES = ['light', 'dark', 'system'] as const;

export type Theme = (typeof THEMES)[number];

/** Where the choice is kept in the browser; absent means `system`. */
export const THEME_STORAGE_KEY = 'medialab-theme';

/** Fired on window when this tab changes the theme (the storage event only reaches other tabs). */
export const THEME_CHANGE_EVENT = 'medialab-theme-change';

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The stored choice; `system` when nothing (or nothing valid) is stored, or storage is blocked. */
export function readStoredTheme(): Theme {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/**
 * Puts the theme on <html>: `data-theme` for an explicit choice, nothing for `system`,
 * so the stylesheet's prefers-color-scheme rules decide.
 */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Stores and applies the choice, and tells this tab's listeners. Returns false when storage is blocked. */
export function saveTheme(theme: Theme): boolean {
  applyTheme(theme);
  let stored = true;
  try {
    if (theme === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    stored = false;
  }
  window.dispatchEvent(new Event(THEME_CHANGE_EVENT));
  return stored;
}

/**
 * Runs before the page paints (an inline script at the top of <body>): applies the stored
 * theme so a dark page never flashes light, and follows a change made in another tab.
 * Kept tiny and self-contained; it must not throw when storage is blocked.
 */
export const THEME_SCRIPT = `(function () {
  var key = ${JSON.stringify(THEME_STORAGE_KEY)};
  function apply(value) {
    var root = document.documentElement;
    if (value === 'light' || value === 'dark') root.setAttribute('data-theme', value);
    else root.removeAttribute('data-theme');
  }
  try { apply(window.localStorage.getItem(key)); } catch (error) {}
  window.addEventListener('storage', function (event) {
    if (event.key === key || event.key === null) apply(event.newValue);
  });
})();`;

/** Calls `onChange` when the choice changes, here or in another tab (for useSyncExternalStore). */
export function subscribeToTheme(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY || event.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(THEME_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(THEME_CHANGE_EVENT, onChange);
  };
}
