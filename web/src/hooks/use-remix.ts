'use client';

import { useEffect, useRef } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { toast } from 'sonner';
import type { Generation } from '@/lib/schemas/generation';
import { promptTitle } from '@/components/studio/format';
import { useAnnounce } from './use-announce';
import { useCatalog } from './use-catalog';
import { useGenerations } from './use-generations';

/**
 * `?remix=<generation id>`: once the catalog is in, fills the form with that generation's
 * prompt and settings, moves focus to the prompt and drops the parameter from the address.
 */
export function useRemix(remixId: string | undefined, apply: (generation: Generation) => void, focus: () => void): void {
  const catalog = useCatalog();
  const { getGeneration } = useGenerations();
  const announce = useAnnounce();
  const router = useRouter();
  const pathname = usePathname();
  const applied = useRef<string | null>(null);

  useEffect(() => {
    if (!remixId || catalog.status !== 'ready' || applied.current === remixId) return;
    applied.current = remixId;
    void getGeneration(remixId).then((generation) => {
      if (!generation) {
        toast.error('Nothing to remix', { description: 'That generation was not found. It may have been deleted.' });
        return;
      }
      apply(generation);
      focus();
      announce(`The form is filled in from “${promptTitle(generation.prompt, 60)}”. Change what you like and generate.`);
      router.replace(pathname, { scroll: false });
    });
  }, [remixId, catalog.status, getGeneration, apply, focus, announce, router, pathname]);
}
