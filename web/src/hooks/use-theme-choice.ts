'use client';

import { useSyncExternalStore } from 'react';
import { readStoredTheme, THEME_CHANGE_EVENT, THEME_STORAGE_KEY, type Theme } from '@/components/settings/theme';

function subscribe(onChange: () => void): () => void {
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

/** The theme picked in Settings → Appearance (`system` follows the device), kept up to date. */
export function useThemeChoice(): Theme {
  return useSyncExternalStore<Theme>(subscribe, readStoredTheme, () => 'system');
}
