'use client';

import type { ReactNode } from 'react';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/utils';

/** The header's row, as wide as the page below it: the studio uses the whole screen, other pages a column. */
export function HeaderContainer({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const wide = /^\/projects\/[^/]+/.test(pathname);
  return <div className={cn('mx-auto flex h-14 items-center gap-3 px-4 sm:px-6', wide ? 'max-w-7xl' : 'max-w-5xl')}>{children}</div>;
}
