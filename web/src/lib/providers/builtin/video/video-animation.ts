import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { buildSceneLayers, createViewport, OVERSCAN, rotateHue, type LayerMotion, type SceneLayer, type SceneSpec } from '../image';

/**
 * Moves a scene: each layer is painted once onto its own canvas (with overscan round the
 * frame) and every frame only places those canvases — parallax pans, drifting shapes,
 * swelling water, twinkling stars, a slow zoom — so a frame costs a few image draws, not
 * a repaint. Only cheap vector layers marked `animated` (the neon grid) repaint.
 */
type PreparedLayer =
  | { kind: 'image'; motion: LayerMotion; canvas: Canvas }
  | { kind: 'live'; motion: LayerMotion; layer: SceneLayer };

export type SceneAnimation = {
  /** Draws the frame at `time` seconds onto `ctx` (a canvas of the clip's size). */
  drawFrame(ctx: SKRSContext2D, time: number): void;
};

/** How far the camera zooms in over the clip. */
const ZOOM = 0.06;

function motionKey(motion: LayerMotion): string {
  return JSON.stringify(motion);
}

function shiftedPalette(spec: SceneSpec, degrees: number): SceneSpec {
  const { palette } = spec;
  const turn = (colour: (typeof palette.sky)[number]) => rotateHue(colour, degrees);
  return { ...spec, palette: { ...palette, sky: [turn(palette.sky[0]), turn(palette.sky[1]), turn(palette.sky[2])], glow: turn(palette.glow) } };
}

export function prepareAnimation(spec: SceneSpec, width: number, height: number, durationSeconds: number): SceneAnimation {
  const view = createViewport(width, height);
  const marginX = width * OVERSCAN;
  const marginY = height * OVERSCAN;
  const layerWidth = Math.ceil(width + marginX * 2);
  const layerHeight = Math.ceil(height + marginY * 2);
  const layers = buildSceneLayers(spec, view);
  const vignette = layers.find((layer) => layer.name === 'vignette');

  // Neighbouring layers that move alike share one canvas: fewer draws per frame.
  const prepared: PreparedLayer[] = [];
  let open: { motion: LayerMotion; ctx: SKRSContext2D } | null = null;
  for (const layer of layers) {
    if (layer === vignette) continue;
    if (layer.animated) {
      prepared.push({ kind: 'live', motion: layer.motion, layer });
      open = null;
      continue;
    }
    if (!open || motionKey(open.motion) !== motionKey(layer.motion)) {
      const canvas = createCanvas(layerWidth, layerHeight);
      const ctx = canvas.getContext('2d');
      ctx.translate(marginX, marginY);
      prepared.push({ kind: 'image', motion: layer.motion, canvas });
      open = { motion: layer.motion, ctx };
    }
    open.ctx.save();
    layer.paint(open.ctx, 0);
    open.ctx.restore();
    // The backdrop keeps a canvas of its own: the hue shift below fades over it alone.
    if (layer === layers[0]) open = null;
  }

  // The sky slowly shifts hue: a second backdrop fades in and out over the clip.
  const shifted = createCanvas(layerWidth, layerHeight);
  const shiftedContext = shifted.getContext('2d');
  shiftedContext.translate(marginX, marginY);
  buildSceneLayers(shiftedPalette(spec, 28), view)[0]?.paint(shiftedContext, 0);

  const focusX = spec.focus.x * width;
  const focusY = spec.focus.y * height;
  const middle = durationSeconds / 2;

  return {
    drawFrame(ctx, time) {
      const progress = durationSeconds > 0 ? time / durationSeconds : 0;
      const centred = time - middle;
      ctx.save();
      // The camera: a slow push in toward the focus.
      const zoom = 1 + ZOOM * progress;
      ctx.translate(focusX, focusY);
      ctx.scale(zoom, zoom);
      ctx.translate(-focusX, -focusY);
      prepared.forEach((entry, index) => {
        const { dx, dy, alpha } = placement(entry.motion, centred, time, width, height);
        ctx.save();
        ctx.globalAlpha = alpha;
        ctx.translate(dx, dy);
        if (entry.kind === 'live') {
          entry.layer.paint(ctx, time);
        } else {
          ctx.drawImage(entry.canvas, -marginX, -marginY);
          if (index === 0) {
            ctx.globalAlpha = 0.55 * Math.sin(Math.PI * progress) ** 2;
            ctx.drawImage(shifted, -marginX, -marginY);
          }
        }
        ctx.restore();
      });
      ctx.restore();
      if (vignette) {
        ctx.save();
        vignette.paint(ctx, time);
        ctx.restore();
      }
    },
  };
}

/**
 * Where a layer sits at `time`. Movements are speeds (not fractions of the clip) so a
 * short clip is not frantic, centred on the clip's middle so they stay within the
 * overscan for clips up to 10 s.
 */
function placement(motion: LayerMotion, centred: number, time: number, width: number, height: number): { dx: number; dy: number; alpha: number } {
  switch (motion.kind) {
    case 'still':
      return { dx: 0, dy: 0, alpha: 1 };
    case 'pan':
      return { dx: -width * 0.025 * motion.depth * centred, dy: 0, alpha: 1 };
    case 'drift':
      return {
        dx: width * 0.012 * Math.sin(time * 0.6 + motion.phase) * (0.5 + motion.depth) - width * 0.006 * motion.depth * centred,
        dy: -height * 0.014 * motion.depth * centred + height * 0.008 * Math.cos(time * 0.8 + motion.phase),
        alpha: 1,
      };
    case 'twinkle':
      return { dx: -width * 0.003 * centred, dy: 0, alpha: 0.6 + 0.4 * Math.sin(time * Math.PI * 1.3 + motion.phase) };
    case 'swell': {
      const lift = 0.3 + motion.depth;
      return {
        dx: width * 0.01 * lift * Math.sin(time * 1.9 + motion.phase) - width * 0.01 * motion.depth * centred,
        dy: height * 0.005 * lift * Math.cos(time * 1.9 + motion.phase),
        alpha: 1,
      };
    }
    case 'rise':
      return { dx: 0, dy: -height * 0.006 * centred, alpha: 1 };
    default: {
      const exhaustive: never = motion;
      return exhaustive;
    }
  }
}
