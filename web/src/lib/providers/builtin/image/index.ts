import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import { addGrain } from './image-grain';
import { buildSceneLayers, paintScene } from './image-scene-layers';
import { describeScene, type SceneSpec } from './image-scene-spec';
import { createViewport } from './image-viewport';
import { PREVIEW_SIZE, previewDimensions } from '@/lib/media/preview-size';

export { rotateHue } from './image-colour';
export { describeScene, type SceneSpec } from './image-scene-spec';
export { buildSceneLayers, type LayerMotion, type SceneLayer } from './image-scene-layers';
export { createViewport, OVERSCAN, type Viewport } from './image-viewport';

/** A procedural picture: the prompt's words steer palette, shapes and composition. */
export type ImageRequest = {
  prompt: string;
  /** 64–1536 pixels. */
  width: number;
  /** 64–1536 pixels. */
  height: number;
  /** Same prompt and seed, same bytes. */
  seed?: number;
};

export const IMAGE_MIN_SIZE = 64;
export const IMAGE_MAX_SIZE = 1536;

function checkSize(name: string, value: number): void {
  if (!Number.isInteger(value) || value < IMAGE_MIN_SIZE || value > IMAGE_MAX_SIZE) {
    throw new RangeError(`${name} must be a whole number from ${IMAGE_MIN_SIZE} to ${IMAGE_MAX_SIZE}, got ${value}.`);
  }
}

/** Paints the scene onto a new canvas; grain is for stills only (it defeats video compression). */
export function paintSceneCanvas(spec: SceneSpec, width: number, height: number, options: { grain: boolean }): Canvas {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  paintScene(ctx, buildSceneLayers(spec, createViewport(width, height)));
  if (options.grain) addGrain(ctx, width, height, spec.seed, spec.palette.night ? 5 : 7);
  return canvas;
}

export async function renderImage(request: ImageRequest): Promise<{ png: Buffer; width: number; height: number }> {
  checkSize('width', request.width);
  checkSize('height', request.height);
  const spec = describeScene(request.prompt, request.seed);
  const canvas = paintSceneCanvas(spec, request.width, request.height, { grain: true });
  const png = await canvas.encode('png');
  return { png, width: request.width, height: request.height };
}

/** A WebP preview whose longer side is at most `maxSize`; smaller pictures keep their size. */
export async function makeThumbnail(image: Buffer, maxSize = PREVIEW_SIZE): Promise<{ webp: Buffer; width: number; height: number }> {
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new RangeError(`maxSize must be a positive whole number, got ${maxSize}.`);
  const source = await loadImage(image);
  const { width, height } = previewDimensions(source.width, source.height, maxSize);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  return { webp: await canvas.encode('webp', 82), width, height };
}
