'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Boxes, KeyRound, Palette, PiggyBank, UserRound, type LucideIcon } from 'lucide-react';
import { cn } from '@/components/ui/utils';

export const SETTINGS_SECTIONS: Array<{ href: string; label: string; icon: LucideIcon }> = [
  { href: '/settings', label: 'Profile', icon: UserRound },
  { href: '/settings/keys', label: 'API keys', icon: KeyRound },
  { href: '/settings/models', label: 'Default models', icon: Boxes },
  { href: '/settings/budget', label: 'Budget', icon: PiggyBank },
  { href: '/settings/appearance', label: 'Appearance', icon: Palette },
];

/** The settings sections: a scrolling row of tabs on a phone, a list beside the content from md up. */
export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0 md:overflow-visible [scrollbar-width:none]">
      <ul className="flex min-w-max gap-1 border-b md:min-w-0 md:flex-col md:border-b-0">
        {SETTINGS_SECTIONS.map((section) => {
          const current = pathname === section.href;
          const Icon = section.icon;
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'relative -mb-px flex items-center gap-2 border-b-2 px-3 py-2.5 text-sm font-medium transition-colors',
                  'md:mb-0 md:rounded-md md:border-b-0 md:py-2',
                  'focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring',
                  current
                    ? 'border-primary text-foreground md:bg-accent md:text-accent-foreground'
                    : 'border-transparent text-muted-foreground hover:border-border hover:text-foreground md:hover:bg-muted',
                )}
              >
                <Icon aria-hidden="true" className="hidden size-4 sm:block" />
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
