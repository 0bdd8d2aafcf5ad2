import 'server-only';
import sharp from 'sharp';
import type { GeneratedOutput } from '@/lib/providers/provider';

export const THUMBNAIL_SIZE = 384;

/**
 * Fills in what a provider left out of an output before it is stored: an image's size
 * and its thumbnail (WebP, at most 384 px on the long side), made with sharp. Outputs
 * that already carry them are returned unchanged.
 */
export async function finishOutput(output: GeneratedOutput): Promise<GeneratedOutput> {
  if (output.kind !== 'image' || (output.preview && output.width && output.height)) return output;
  const image = sharp(output.data, { failOn: 'error' });
  const metadata = await image.metadata();
  const width = output.width ?? metadata.width;
  const height = output.height ?? metadata.height;
  if (output.preview) return { ...output, width, height };
  const thumbnail = await image
    .rotate()
    .resize({ width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return {
    ...output,
    width,
    height,
    preview: { data: thumbnail.data, mimeType: 'image/webp', width: thumbnail.info.width, height: thumbnail.info.height },
  };
}
