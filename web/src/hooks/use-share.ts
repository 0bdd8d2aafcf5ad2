'use client';

import { useContext } from 'react';
import type { Asset } from '@/lib/schemas/asset';
import { ShareContext } from '@/components/assets/share-dialog';

/** Opens the share dialog for an asset. */
export function useShare(): (asset: Asset) => void {
  const share = useContext(ShareContext);
  if (!share) throw new Error('useShare must be used inside <ShareProvider>.');
  return share;
}
