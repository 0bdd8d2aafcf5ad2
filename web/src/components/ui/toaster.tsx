'use client';

import type { CSSProperties } from 'react';
import { Toaster as Sonner } from 'sonner';
import { useThemeChoice } from '@/hooks/use-theme-choice';

const themeVariables = {
  '--normal-bg': 'var(--card)',
  '--normal-text': 'var(--card-foreground)',
  '--normal-border': 'var(--border)',
  '--border-radius': '0.75rem',
} as CSSProperties;

/**
 * Toasts with actions (Undo, View): sonner, in the app's colours. They keep above a bar
 * fixed to the bottom of the screen (the player), which sets `--bottom-inset` while it shows.
 */
export function Toaster() {
  const theme = useThemeChoice();
  return (
    <Sonner
      theme={theme}
      position="bottom-right"
      closeButton
      visibleToasts={4}
      offset={{ bottom: 'calc(16px + var(--bottom-inset, 0px))', right: 16 }}
      mobileOffset={{ bottom: 'calc(12px + var(--bottom-inset, 0px))', left: 12, right: 12 }}
      containerAriaLabel="Notifications"
      style={themeVariables}
      toastOptions={{
        classNames: {
          toast: 'font-sans shadow-lg',
          title: 'text-sm font-medium',
          description: 'text-muted-foreground!',
          actionButton: 'font-medium! h-7! px-2.5! rounded-md!',
        },
      }}
    />
  );
}
