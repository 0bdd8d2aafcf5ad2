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
 * Toasts with actions (Undo, View): sonner, in the app's colours. `bottomInset` keeps them
 * above a bar fixed to the bottom of the screen (the player).
 */
export function Toaster({ bottomInset = 0 }: { bottomInset?: number }) {
  const theme = useThemeChoice();
  return (
    <Sonner
      theme={theme}
      position="bottom-right"
      closeButton
      visibleToasts={4}
      offset={{ bottom: 16 + bottomInset, right: 16 }}
      mobileOffset={{ bottom: 12 + bottomInset, left: 12, right: 12 }}
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
