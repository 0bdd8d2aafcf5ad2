'use client';

import { useEffect, useRef } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/utils';
import { useGenerations } from '@/hooks/use-generations';
import { isActive } from './generations-provider';
import { STUDIO_TABS, studioPath } from './studio-tabs';

/** The studio's tabs: one page per type of media, and the library. A dot marks a tab with runs going. */
export function StudioNav({ projectId }: { projectId: string }) {
  const pathname = usePathname();
  const { generations } = useGenerations();
  const running = new Set(generations.filter(isActive).map((generation) => generation.generationType));
  const ref = useRef<HTMLElement>(null);

  // On a narrow screen the tabs scroll sideways: keep the current one in sight (without scrolling the page).
  useEffect(() => {
    const nav = ref.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current) return;
    const left = current.getBoundingClientRect().left - nav.getBoundingClientRect().left + nav.scrollLeft;
    if (left < nav.scrollLeft || left + current.offsetWidth > nav.scrollLeft + nav.clientWidth) nav.scrollTo({ left: Math.max(0, left - 16) });
  }, [pathname]);

  return (
    <nav ref={ref} aria-label="Studio" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0 [scrollbar-width:none]">
      <ul className="flex min-w-max gap-1 border-b">
        {STUDIO_TABS.map((tab) => {
          const href = studioPath(projectId, tab.key);
          const current = pathname === href;
          const Icon = tab.icon;
          return (
            <li key={tab.key}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'relative -mb-px flex items-center gap-2 border-b-2 px-3 py-2.5 text-sm font-medium transition-colors',
                  'focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring',
                  current ? 'border-primary text-foreground' : 'border-transparent text-muted-foreground hover:border-border hover:text-foreground',
                )}
              >
                <Icon aria-hidden="true" className="size-4" />
                {tab.label}
                {tab.key !== 'library' && running.has(tab.key) ? (
                  <span className="size-1.5 animate-pulse rounded-full bg-primary">
                    <span className="sr-only">(running)</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
