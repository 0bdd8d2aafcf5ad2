import type { Asset } from '@/lib/schemas/asset';
import { previewDimensions } from '@/lib/media/preview-size';

export const contentUrl = (id: string) => `/api/assets/${id}/content`;
export const downloadUrl = (id: string) => `/api/assets/${id}/content?download=1`;

/** The thumbnail (image) or poster frame (video); the original when there is none. */
export function previewUrl(asset: Pick<Asset, 'id' | 'hasPreview' | 'type'>): string | null {
  if (asset.hasPreview) return `/api/assets/${asset.id}/preview`;
  return asset.type === 'image' ? contentUrl(asset.id) : null;
}

/** Width / height for a fixed-ratio box, so nothing moves when the media arrives. */
export function aspectOf(asset: Pick<Asset, 'width' | 'height'> | null, fallback = 1): number {
  if (asset?.width && asset.height) return asset.width / asset.height;
  return fallback;
}

/**
 * An image shown up to `displayWidth` wide: the WebP preview where it is sharp enough, the
 * original on screens that need more pixels (the browser picks from `srcSet`).
 */
export function responsiveImage(
  asset: Pick<Asset, 'id' | 'hasPreview' | 'type' | 'width' | 'height'>,
  sizes: string,
): { src: string; srcSet?: string; sizes?: string } {
  const original = contentUrl(asset.id);
  if (!asset.hasPreview) return { src: original };
  const preview = `/api/assets/${asset.id}/preview`;
  if (!asset.width || !asset.height) return { src: preview };
  const previewWidth = previewDimensions(asset.width, asset.height).width;
  if (previewWidth >= asset.width) return { src: preview };
  return { src: preview, srcSet: `${preview} ${previewWidth}w, ${original} ${asset.width}w`, sizes };
}
