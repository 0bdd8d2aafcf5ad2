import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';

/**
 * How far past each edge the painters paint, as a fraction of the frame. The video
 * renderer pans and zooms pre-painted layers, so they must not end at the frame's edge.
 */
export const OVERSCAN = 0.14;

export type Viewport = {
  width: number;
  height: number;
  /** One thousandth of the shorter side: sizes are written in these units. */
  unit: number;
  /** The painted area, overscan included. */
  left: number;
  top: number;
  right: number;
  bottom: number;
};

export function createViewport(width: number, height: number): Viewport {
  return {
    width,
    height,
    unit: Math.min(width, height) / 1000,
    left: -width * OVERSCAN,
    top: -height * OVERSCAN,
    right: width * (1 + OVERSCAN),
    bottom: height * (1 + OVERSCAN),
  };
}

export type Context = SKRSContext2D;

/** Runs `paint` with the context's state saved and restored around it. */
export function withState(ctx: Context, paint: () => void): void {
  ctx.save();
  try {
    paint();
  } finally {
    ctx.restore();
  }
}

/**
 * Paints `draw` blurred by `blur` pixels, in one blur pass for the whole drawing (a
 * filter on each shape costs a pass each). A wide blur is done on a canvas up to eight
 * times smaller and scaled back up: it looks the same and costs a fraction of the time.
 */
export function paintBlurred(ctx: Context, view: Viewport, blur: number, draw: (ctx: Context) => void): void {
  const factor = Math.max(1, Math.min(8, Math.floor(blur / 3)));
  const width = view.right - view.left;
  const height = view.bottom - view.top;
  const smallWidth = Math.ceil(width / factor);
  const smallHeight = Math.ceil(height / factor);
  const sharp = createCanvas(smallWidth, smallHeight);
  const sharpContext = sharp.getContext('2d');
  sharpContext.scale(1 / factor, 1 / factor);
  sharpContext.translate(-view.left, -view.top);
  draw(sharpContext);
  const soft = createCanvas(smallWidth, smallHeight);
  const softContext = soft.getContext('2d');
  softContext.filter = `blur(${Math.max(0.5, blur / factor).toFixed(2)}px)`;
  softContext.drawImage(sharp, 0, 0);
  withState(ctx, () => {
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(soft, view.left, view.top, width, height);
  });
}
