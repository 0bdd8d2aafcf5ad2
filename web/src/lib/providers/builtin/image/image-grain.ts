import type { Context } from './image-viewport';

/**
 * Film grain: a fine monochrome noise over the finished picture. It hides gradient
 * banding and gives flat colour some texture. Seeded, so it never changes the bytes
 * of a repeated render.
 */
export function addGrain(ctx: Context, width: number, height: number, seed: number, strength = 7): void {
  const image = ctx.getImageData(0, 0, width, height);
  const pixels = image.data;
  let state = seed >>> 0 || 1;
  for (let offset = 0; offset < pixels.length; offset += 4) {
    // xorshift32: the cheapest decent noise for a million pixels.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const noise = (((state >>> 0) & 255) / 255 - 0.5) * 2 * strength;
    pixels[offset] = (pixels[offset] ?? 0) + noise;
    pixels[offset + 1] = (pixels[offset + 1] ?? 0) + noise;
    pixels[offset + 2] = (pixels[offset + 2] ?? 0) + noise;
  }
  ctx.putImageData(image, 0, 0);
}
