'use client';

import { useContext } from 'react';
import { AnnounceContext } from '@/components/announcer';

/** Says `message` in the app's polite live region (and shows it briefly). */
export function useAnnounce(): (message: string) => void {
  const announce = useContext(AnnounceContext);
  if (!announce) throw new Error('useAnnounce must be used inside <Announcer>.');
  return announce;
}
