import { css, mix } from './image-colour';
import { planRidges, paintRidge, type Ridge } from './image-draw-ground';
import { paintBands, paintNeonFloor, paintTiles } from './image-draw-patterns';
import { paintAura, paintBlobs, paintCircles } from './image-draw-shapes';
import { paintBackdrop, paintCelestial, paintClouds, paintStars, paintStreaks } from './image-draw-sky';
import { paintSea, paintWaveBand, planWaves } from './image-draw-water';
import { createRandom } from './image-random';
import type { SceneSpec } from './image-scene-spec';
import type { Context, Viewport } from './image-viewport';

/** How a layer moves in a clip; a still picture paints every layer unmoved at time 0. */
export type LayerMotion =
  | { kind: 'still' }
  /** Sideways parallax: `depth` 0 (far) to 1 (near). */
  | { kind: 'pan'; depth: number }
  /** Floats slowly up and sideways. */
  | { kind: 'drift'; depth: number; phase: number }
  /** Fades in and out. */
  | { kind: 'twinkle'; phase: number }
  /** Water: sways sideways and bobs. */
  | { kind: 'swell'; depth: number; phase: number }
  /** The sun or moon, moving slowly. */
  | { kind: 'rise' };

export type SceneLayer = {
  name: string;
  motion: LayerMotion;
  /** Repainted every frame (cheap vector work) instead of painted once and moved. */
  animated?: boolean;
  paint(ctx: Context, time: number): void;
};

function planGround(spec: SceneSpec, view: Viewport): Ridge[] {
  const random = createRandom(spec.seed).fork('ground');
  const has = (motif: SceneSpec['motifs'][number]) => spec.motifs.includes(motif);
  const horizonY = spec.horizon * view.height;
  const below = view.height - horizonY;
  const landToBottom = !has('waves') && !has('grid');
  const ridges: Ridge[] = [];
  if (has('mountains')) {
    const alone = landToBottom && !has('dunes');
    const count = alone ? random.int(3, 4) : 2;
    const toY = alone ? horizonY + below * 0.35 : horizonY;
    const depths = [0, alone ? 0.6 : landToBottom ? 0.3 : 0.5] as const;
    ridges.push(...planRidges(view, spec, random.fork('mountains'), { kind: 'mountain', count, fromY: horizonY - below * 0.02, toY, trees: has('trees') && count > 2, depths }));
  }
  if (has('trees') && !has('mountains') && !landToBottom) {
    // A lake or river with trees: a wooded far shore along the horizon.
    ridges.push(...planRidges(view, spec, random.fork('shore'), { kind: 'hill', count: 2, fromY: horizonY - below * 0.12, toY: horizonY, trees: true, depths: [0.2, 0.6] }));
  }
  const first = ridges.length > 0;
  if (has('dunes')) {
    const depths = [first ? 0.45 : 0.1, 1] as const;
    ridges.push(...planRidges(view, spec, random.fork('dunes'), { kind: 'dune', count: random.int(3, 4), fromY: horizonY + below * 0.12, toY: horizonY + below * 0.85, trees: false, depths }));
  } else if (landToBottom && (has('trees') || has('mountains'))) {
    const depths = [first ? 0.75 : 0.2, 1] as const;
    ridges.push(...planRidges(view, spec, random.fork('hills'), { kind: 'hill', count: first ? 2 : 3, fromY: horizonY + below * (first ? 0.55 : 0.15), toY: horizonY + below * 0.9, trees: has('trees'), depths }));
  }
  return ridges.map((ridge, index) => ({ ...ridge, index, count: ridges.length }));
}

/** The scene as layers, back to front. */
export function buildSceneLayers(spec: SceneSpec, view: Viewport): SceneLayer[] {
  const random = createRandom(spec.seed);
  const has = (motif: SceneSpec['motifs'][number]) => spec.motifs.includes(motif);
  const landscape = spec.style === 'landscape';
  const layers: SceneLayer[] = [{ name: 'backdrop', motion: { kind: 'still' }, paint: (ctx) => paintBackdrop(ctx, view, spec) }];

  if (has('blobs') && !landscape) {
    layers.push({ name: 'aura', motion: { kind: 'drift', depth: 0.15, phase: 0 }, paint: (ctx) => paintAura(ctx, view, spec, random.fork('aura')) });
  }
  if (has('stars')) {
    for (const subset of [0, 1] as const) {
      layers.push({ name: `stars-${subset}`, motion: { kind: 'twinkle', phase: subset * Math.PI }, paint: (ctx) => paintStars(ctx, view, spec, random.fork('stars'), subset) });
    }
  }
  if (landscape) {
    layers.push({ name: 'light', motion: { kind: 'rise' }, paint: (ctx) => paintCelestial(ctx, view, spec, random.fork('light')) });
    if (has('blobs')) layers.push({ name: 'clouds', motion: { kind: 'pan', depth: 0.12 }, paint: (ctx) => paintClouds(ctx, view, spec, random.fork('clouds')) });
  }
  if (has('stripes')) {
    layers.push(
      landscape
        ? { name: 'streaks', motion: { kind: 'pan', depth: 0.18 }, paint: (ctx) => paintStreaks(ctx, view, spec, random.fork('streaks')) }
        : { name: 'bands', motion: { kind: 'drift', depth: 0.05, phase: 0 }, paint: (ctx) => paintBands(ctx, view, spec, random.fork('bands')) },
    );
  }

  for (const ridge of planGround(spec, view)) {
    layers.push({ name: `ridge-${ridge.index}`, motion: { kind: 'pan', depth: 0.2 + ridge.depth * 0.8 }, paint: (ctx) => paintRidge(ctx, view, spec, ridge, random.fork(`ridge-${ridge.index}`)) });
  }

  if (has('waves')) {
    if (landscape) layers.push({ name: 'sea', motion: { kind: 'still' }, paint: (ctx) => paintSea(ctx, view, spec) });
    for (const band of planWaves(view, spec, random.fork('waves'))) {
      const depth = (band.index + 1) / band.count;
      layers.push({ name: `wave-${band.index}`, motion: { kind: 'swell', depth, phase: band.index * 1.3 }, paint: (ctx) => paintWaveBand(ctx, view, spec, band, random.fork(`wave-${band.index}`)) });
    }
  }
  if (has('grid')) {
    layers.push(
      landscape
        ? { name: 'floor', motion: { kind: 'still' }, animated: true, paint: (ctx, time) => paintNeonFloor(ctx, view, spec, time) }
        : { name: 'tiles', motion: { kind: 'still' }, paint: (ctx) => paintTiles(ctx, view, spec, random.fork('tiles')) },
    );
  }
  if (has('circles')) layers.push({ name: 'circles', motion: { kind: 'drift', depth: 0.6, phase: 1 }, paint: (ctx) => paintCircles(ctx, view, spec, random.fork('circles')) });
  // Crisp blobs would cover circles or tiles; with those they stay a soft aura.
  const blobsLead = spec.lead === 'blobs' || (!has('circles') && !has('grid'));
  if (has('blobs') && !landscape && blobsLead) layers.push({ name: 'blobs', motion: { kind: 'drift', depth: 0.8, phase: 2 }, paint: (ctx) => paintBlobs(ctx, view, spec, random.fork('blobs')) });

  layers.push({ name: 'vignette', motion: { kind: 'still' }, paint: (ctx) => paintVignette(ctx, view, spec) });
  return layers;
}

function paintVignette(ctx: Context, view: Viewport, spec: SceneSpec): void {
  const { width, height } = view;
  const tone = mix(spec.palette.ground[3], [0, 0, 0], 0.5);
  const light = spec.themeId === 'pastel' || spec.themeId === 'winter';
  const vignette = ctx.createRadialGradient(width / 2, height / 2, Math.min(width, height) * 0.35, width / 2, height / 2, Math.hypot(width, height) * 0.62);
  vignette.addColorStop(0, css(tone, 0));
  vignette.addColorStop(1, css(tone, light ? 0.18 : 0.42));
  ctx.fillStyle = vignette;
  ctx.fillRect(0, 0, width, height);
}

/** Paints every layer, unmoved, at `time`: a still picture. */
export function paintScene(ctx: Context, layers: readonly SceneLayer[], time = 0): void {
  for (const layer of layers) {
    ctx.save();
    layer.paint(ctx, time);
    ctx.restore();
  }
}
