'use client';

import { createContext, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { CircleCheck } from 'lucide-react';

export const AnnounceContext = createContext<((message: string) => void) | null>(null);

const VISIBLE_MS = 5000;

/**
 * One polite live region for the whole app, shown as a toast. It lives in the root layout,
 * so a message survives router.push/refresh (e.g. "Project deleted" after leaving the
 * deleted project's page).
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const announce = useCallback((next: string) => {
    clearTimeout(timer.current);
    // Clearing first makes screen readers read the same message again if it repeats.
    setMessage('');
    requestAnimationFrame(() => setMessage(next));
    timer.current = setTimeout(() => setMessage(''), VISIBLE_MS);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-[calc(1rem+var(--bottom-inset,0px))] z-50 flex justify-center px-4">
        <div
          role="status"
          aria-live="polite"
          aria-atomic="true"
          className={
            message
              ? 'flex items-center gap-2 rounded-full border bg-card px-4 py-2 text-sm font-medium text-card-foreground shadow-lg'
              : 'sr-only'
          }
        >
          {message ? <CircleCheck aria-hidden="true" className="size-4 text-success" /> : null}
          {message}
        </div>
      </div>
    </AnnounceContext.Provider>
  );
}
