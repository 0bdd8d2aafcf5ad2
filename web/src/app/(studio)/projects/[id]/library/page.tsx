import type { Metadata } from 'next';
import { ASSET_TYPES } from '@/lib/schemas/asset';
import { AssetLibrary } from '@/components/library/asset-library';
import type { AssetFilters } from '@/hooks/use-asset-pages';

export const metadata: Metadata = { title: 'Library' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** ?type=image&favorites=1&q=…&provider=… as the filters start; anything else is ignored. */
function filtersFrom(searchParams: Record<string, string | string[] | undefined>): AssetFilters {
  const type = typeof searchParams.type === 'string' ? searchParams.type : '';
  const q = typeof searchParams.q === 'string' ? searchParams.q.slice(0, 200) : '';
  const provider = typeof searchParams.provider === 'string' && /^[a-z0-9-]{1,50}$/.test(searchParams.provider) ? searchParams.provider : null;
  return {
    type: (ASSET_TYPES as readonly string[]).includes(type) ? (type as AssetFilters['type']) : null,
    favorite: searchParams.favorites === '1',
    q,
    provider,
  };
}

export default async function LibraryPage({ params, searchParams }: Props) {
  const { id } = await params;
  return <AssetLibrary projectId={id} initialFilters={filtersFrom(await searchParams)} />;
}
