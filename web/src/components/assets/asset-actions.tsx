'use client';

import Link from 'next/link';
import { Download, Heart, Share2, Trash2, WandSparkles } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import { buttonVariants } from '@/components/ui/button';
import { cn } from '@/components/ui/utils';
import { assetTitle } from '@/components/studio/format';
import { useAssets } from '@/hooks/use-assets';
import { useShare } from '@/hooks/use-share';
import { downloadUrl } from './asset-urls';

type Size = 'icon' | 'sm';

const iconButton = (size: Size, className?: string) =>
  buttonVariants({ variant: 'ghost', size, className: cn(size === 'icon' && 'size-8', className) });

/** Heart toggle: pressed when the asset is a favourite. */
export function FavoriteButton({ asset, size = 'icon', className }: { asset: Asset; size?: Size; className?: string }) {
  const { toggleFavorite } = useAssets();
  return (
    <button
      type="button"
      aria-pressed={asset.favorite}
      aria-label={size === 'icon' ? `Favourite ${assetTitle(asset.name)}` : undefined}
      title={asset.favorite ? 'Remove from favourites' : 'Add to favourites'}
      onClick={() => void toggleFavorite(asset)}
      className={iconButton(size, cn(asset.favorite && 'text-rose-500 hover:text-rose-600', className))}
    >
      <Heart aria-hidden="true" className={cn(asset.favorite && 'fill-current')} />
      {size === 'sm' ? <span>{asset.favorite ? 'Favourite' : 'Add to favourites'}</span> : null}
    </button>
  );
}

export function DownloadLink({ asset, size = 'icon', className }: { asset: Asset; size?: Size; className?: string }) {
  return (
    <a
      href={downloadUrl(asset.id)}
      download={asset.name}
      aria-label={size === 'icon' ? `Download ${assetTitle(asset.name)}` : undefined}
      title="Download"
      className={iconButton(size, className)}
    >
      <Download aria-hidden="true" />
      {size === 'sm' ? <span>Download</span> : null}
    </a>
  );
}

export function ShareButton({ asset, size = 'icon', className }: { asset: Asset; size?: Size; className?: string }) {
  const share = useShare();
  return (
    <button
      type="button"
      onClick={() => share(asset)}
      aria-label={size === 'icon' ? `Share ${assetTitle(asset.name)}` : undefined}
      title="Share"
      className={iconButton(size, className)}
    >
      <Share2 aria-hidden="true" />
      {size === 'sm' ? <span>Share</span> : null}
    </button>
  );
}

/** Deletes at once from view; the toast offers Undo before the file is really gone. */
export function DeleteButton({
  asset,
  size = 'icon',
  className,
  onBeforeDelete,
}: {
  asset: Asset;
  size?: Size;
  className?: string;
  /** E.g. close the lightbox first, so the Undo toast can be reached. */
  onBeforeDelete?: () => void;
}) {
  const { remove } = useAssets();
  return (
    <button
      type="button"
      onClick={() => {
        onBeforeDelete?.();
        remove(asset);
      }}
      aria-label={size === 'icon' ? `Delete ${assetTitle(asset.name)}` : undefined}
      title="Delete"
      className={iconButton(size, cn('hover:bg-destructive/10 hover:text-destructive', className))}
    >
      <Trash2 aria-hidden="true" />
      {size === 'sm' ? <span>Delete</span> : null}
    </button>
  );
}

/** Opens the studio form filled in with the generation's prompt and settings. */
export function RemixLink({ href, label, size = 'icon', className }: { href: string; label: string; size?: Size; className?: string }) {
  return (
    <Link href={href} aria-label={size === 'icon' ? `Remix ${label}` : undefined} title="Remix: the form with these settings" className={iconButton(size, className)}>
      <WandSparkles aria-hidden="true" />
      {size === 'sm' ? <span>Remix</span> : null}
    </Link>
  );
}
