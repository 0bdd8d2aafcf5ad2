'use client';

import { useContext } from 'react';
import { CatalogContext, type CatalogState } from '@/components/studio/catalog-provider';

/** The provider catalog of the studio (GET /api/providers, loaded once). */
export function useCatalog(): CatalogState {
  const catalog = useContext(CatalogContext);
  if (!catalog) throw new Error('useCatalog must be used inside <CatalogProvider>.');
  return catalog;
}
