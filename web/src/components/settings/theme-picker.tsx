'use client';

import { useSyncExternalStore } from 'react';
import { Monitor, Moon, Sun, type LucideIcon } from 'lucide-react';
import { cn } from '@/components/ui/utils';
import { useAnnounce } from '@/hooks/use-announce';
import { readStoredTheme, saveTheme, subscribeToTheme, type Theme } from './theme';

const OPTIONS: Array<{ value: Theme; label: string; description: string; icon: LucideIcon }> = [
  { value: 'light', label: 'Light', description: 'Dark text on a light background.', icon: Sun },
  { value: 'dark', label: 'Dark', description: 'Light text on a dark background, easier on the eyes at night.', icon: Moon },
  { value: 'system', label: 'System', description: 'Follows your device’s setting, and changes when it does.', icon: Monitor },
];

/** The server cannot know the browser's choice: nothing is selected until the page has hydrated. */
const serverSnapshot = () => null;

/** Light, dark or the device's setting; applied at once and kept in this browser. */
export function ThemePicker() {
  const announce = useAnnounce();
  const theme = useSyncExternalStore<Theme | null>(subscribeToTheme, readStoredTheme, serverSnapshot);

  function choose(next: Theme) {
    const stored = saveTheme(next);
    const label = OPTIONS.find((option) => option.value === next)!.label;
    announce(stored ? `Theme set to ${label}.` : `Theme set to ${label} for this visit: this browser does not let MediaLab store it.`);
  }

  return (
    <fieldset className="grid gap-3">
      <legend className="mb-3 text-sm font-medium">Theme</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        {OPTIONS.map((option) => {
          const Icon = option.icon;
          const id = `theme-${option.value}`;
          return (
            <label
              key={option.value}
              htmlFor={id}
              className={cn(
                'relative flex cursor-pointer flex-col gap-2 rounded-xl border bg-card p-4 shadow-xs transition-colors hover:border-primary/40',
                'has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring has-[:focus-visible]:ring-offset-2 has-[:focus-visible]:ring-offset-background',
                'has-[:checked]:border-primary has-[:checked]:bg-accent/60',
              )}
            >
              <span className="flex items-center gap-2 font-medium">
                <input
                  type="radio"
                  id={id}
                  name="theme"
                  value={option.value}
                  checked={theme === option.value}
                  onChange={() => choose(option.value)}
                  aria-labelledby={`${id}-label`}
                  aria-describedby={`${id}-description`}
                  className="size-4 accent-primary focus-visible:outline-none"
                />
                <Icon aria-hidden="true" className="size-4 text-muted-foreground" />
                <span id={`${id}-label`}>{option.label}</span>
              </span>
              <span id={`${id}-description`} className="text-sm text-muted-foreground">
                {option.description}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
