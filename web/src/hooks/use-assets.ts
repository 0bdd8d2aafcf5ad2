'use client';

import { useContext } from 'react';
import { AssetsContext, type AssetsState } from '@/components/studio/assets-provider';

/** The studio's shared asset store: favourites, deletes with undo, and lookups by id. */
export function useAssets(): AssetsState {
  const assets = useContext(AssetsContext);
  if (!assets) throw new Error('useAssets must be used inside <AssetsProvider>.');
  return assets;
}
