import type { Asset } from '@/lib/schemas/asset';

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
