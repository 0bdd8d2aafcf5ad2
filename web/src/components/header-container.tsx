'use client';

import type { ReactNode } from 'react';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/utils';

/** The studio uses the whole screen, other pages a column. */
function usePageWidth(): string {
  const pathname = usePathname();
  return /^\/projects\/[^/]+/.test(pathname) ? 'max-w-7xl' : 'max-w-5xl';
}

/** The header's row, as wide as the page below it. */
export function HeaderContainer({ children }: { children: ReactNode }) {
  return <div className={cn('mx-auto flex h-14 items-center gap-3 px-4 sm:px-6', usePageWidth())}>{children}</div>;
}

/** The footer's row, as wide as the page above it. */
export function FooterContainer({ children }: { children: ReactNode }) {
  return (
    <div className={cn('mx-auto flex flex-wrap items-center justify-between gap-2 px-4 py-6 text-xs text-muted-foreground sm:px-6', usePageWidth())}>
      {children}
    </div>
  );
}
