'use client';

import { useSyncExternalStore } from 'react';
import { readStoredTheme, subscribeToTheme, type Theme } from '@/components/settings/theme';

/** The theme picked in Settings → Appearance (`system` follows the device), kept up to date. */
export function useThemeChoice(): Theme {
  return useSyncExternalStore<Theme>(subscribeToTheme, readStoredTheme, () => 'system');
}
