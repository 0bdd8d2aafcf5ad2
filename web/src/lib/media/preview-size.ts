/**
 * The longer side of an image's thumbnail and a video's poster, in pixels: sharp in a
 * result card up to 36rem wide and in library tiles on high-density screens, and a small
 * WebP compared with the original.
 */
export const PREVIEW_SIZE = 640;

/** The size a picture of `width` × `height` gets as a preview (never enlarged). */
export function previewDimensions(width: number, height: number, maxSize = PREVIEW_SIZE): { width: number; height: number } {
  const scale = Math.min(1, maxSize / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
