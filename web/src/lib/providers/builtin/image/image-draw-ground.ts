import { css, mix, shade, type Rgb } from './image-colour';
import { createNoise1d, type Random } from './image-random';
import type { SceneSpec } from './image-scene-spec';
import { withState, type Context, type Viewport } from './image-viewport';

export type RidgeKind = 'mountain' | 'hill' | 'dune';

/** One band of land, far (index 0) to near. */
export type Ridge = {
  kind: RidgeKind;
  index: number;
  count: number;
  /** Place in the whole scene: 0 farthest, 1 nearest. */
  depth: number;
  baseline: number;
  amplitude: number;
  colour: Rgb;
  /** 0–1 profile at x: 1 is a peak. */
  shape: (x: number) => number;
  height: (x: number) => number;
  trees: 'pine' | 'round' | null;
  snow: boolean;
  mist: number;
};

/**
 * Lays out `count` ridges between baselines `fromY` and `toY`, far to near. `depths`
 * places the group in the whole scene (0 farthest, 1 nearest) for colour and haze.
 */
export function planRidges(
  view: Viewport,
  spec: SceneSpec,
  random: Random,
  options: { kind: RidgeKind; count: number; fromY: number; toY: number; trees: boolean; depths: readonly [number, number] },
): Ridge[] {
  const { width, height } = view;
  const { ground, haze } = spec.palette;
  const ridges: Ridge[] = [];
  for (let index = 0; index < options.count; index++) {
    const local = options.count === 1 ? 1 : index / (options.count - 1);
    const depth = options.depths[0] + (options.depths[1] - options.depths[0]) * local;
    const noise = createNoise1d(random.fork(`ridge-${index}`));
    const kind = options.kind;
    const frequency = (kind === 'mountain' ? 2.4 : kind === 'hill' ? 1.4 : 0.75) * random.range(0.8, 1.25) * (1 + local * 0.5);
    const offset = random.range(0, 200);
    const peaks = kind === 'hill' ? [] : planPeaks(view, random.fork(`peaks-${index}`), frequency * (kind === 'dune' ? 1.6 : 1));
    // Dunes: a long windward slope up to a sharp crest, then a short steep lee side.
    const lee = spec.focus.x < 0.5 ? 1 : -1;
    const shape = (x: number) => {
      const position = (x / width) * frequency + offset;
      if (kind === 'mountain') {
        // Tent-shaped peaks give the silhouette; noise roughens the slopes.
        let profile = 0;
        for (const peak of peaks) profile = Math.max(profile, peak.height * (1 - Math.abs(x - peak.x) / peak.halfWidth));
        const rough = (noise(position * 3.1, 5) - 0.5) * 0.32;
        return Math.min(1, Math.max(0.04, profile * (0.88 + rough) + rough * 0.35 + 0.06));
      }
      if (kind === 'hill') return Math.max(0.05, (noise(position, 3) - 0.15) * 1.4);
      let profile = 0;
      for (const peak of peaks) {
        const offsetX = (x - peak.x) * lee;
        const reachX = offsetX > 0 ? peak.halfWidth * 0.45 : peak.halfWidth * 1.5;
        const fall = Math.min(1, Math.abs(offsetX) / reachX);
        profile = Math.max(profile, peak.height * (1 - fall) ** 2);
      }
      return Math.max(0.05, profile * 0.9 + (noise(position * 2, 2) - 0.5) * 0.12 + 0.05);
    };
    const baseline = options.fromY + (options.toY - options.fromY) * local ** 1.15;
    const reach = kind === 'mountain' ? 0.3 - local * 0.13 : kind === 'hill' ? 0.13 - local * 0.05 : 0.15 - local * 0.04;
    const amplitude = height * reach * random.range(0.8, 1.15);
    const tilt = spec.tilt;
    const scaled = depth * 3;
    const lower = Math.floor(scaled);
    const colour = mix(mix(ground[lower] ?? ground[3], ground[lower + 1] ?? ground[3], scaled - lower), haze, (1 - depth) * 0.3);
    ridges.push({
      kind,
      index,
      count: options.count,
      depth,
      baseline,
      amplitude,
      colour,
      shape,
      height: (x) => baseline - amplitude * shape(x) + tilt * (x - width / 2),
      trees: options.trees && local > 0.3 ? (spec.themeId === 'autumn' ? 'round' : 'pine') : null,
      snow: kind === 'mountain' && (spec.themeId === 'winter' || (local < 0.6 && random.chance(0.3) && !spec.palette.night)),
      mist: depth < 0.95 ? 0.45 - depth * 0.3 : 0,
    });
  }
  return ridges;
}

function planPeaks(view: Viewport, random: Random, frequency: number): { x: number; height: number; halfWidth: number }[] {
  const span = view.right - view.left;
  const count = Math.max(3, Math.round(frequency * 2.2));
  return Array.from({ length: count }, (_, index) => ({
    x: view.left + span * ((index + random.range(0.15, 0.85)) / count),
    height: random.range(0.45, 1),
    halfWidth: (span / count) * random.range(0.7, 1.5),
  }));
}

function traceRidge(ctx: Context, view: Viewport, ridge: Ridge): void {
  const step = Math.max(1, view.unit * 3);
  ctx.beginPath();
  ctx.moveTo(view.left, view.bottom);
  for (let x = view.left; x <= view.right + step; x += step) ctx.lineTo(x, ridge.height(x));
  ctx.lineTo(view.right + step, view.bottom);
  ctx.closePath();
}

export function paintRidge(ctx: Context, view: Viewport, spec: SceneSpec, ridge: Ridge, random: Random): void {
  const { unit, left, right, bottom } = view;
  const { light, glow, haze, accents } = spec.palette;
  const top = ridge.baseline - ridge.amplitude;
  const lit = mix(ridge.colour, glow, spec.palette.night ? 0.06 : 0.14);
  const fill = ctx.createLinearGradient(0, top, 0, ridge.baseline + (bottom - ridge.baseline) * 0.6);
  fill.addColorStop(0, css(lit));
  fill.addColorStop(1, css(shade(ridge.colour, -0.07)));

  if (ridge.trees) paintTrees(ctx, view, ridge, fill, random.fork('trees'));

  withState(ctx, () => {
    ctx.shadowColor = css(shade(ridge.colour, -0.3), 0.35);
    ctx.shadowBlur = unit * 28;
    ctx.fillStyle = fill;
    traceRidge(ctx, view, ridge);
    ctx.fill();
  });

  if (ridge.kind === 'dune') paintDuneShade(ctx, view, spec, ridge);

  if (ridge.snow) paintSnow(ctx, view, ridge, light);

  // A lit rim where the light grazes the ridge (neon: a glowing outline).
  const neon = spec.themeId === 'neon';
  if (neon || spec.palette.night || spec.themeId === 'sunset' || spec.themeId === 'fire') {
    withState(ctx, () => {
      ctx.beginPath();
      for (let x = left; x <= right; x += unit * 3) ctx.lineTo(x, ridge.height(x));
      ctx.strokeStyle = neon ? css(accents[ridge.index % 2 === 0 ? 0 : 1], 0.9) : css(mix(light, glow, 0.5), 0.35);
      ctx.lineWidth = unit * (neon ? 2.5 : 1.6);
      if (neon) {
        ctx.shadowColor = css(accents[0]);
        ctx.shadowBlur = unit * 14;
      }
      ctx.stroke();
    });
  }

  if (ridge.mist > 0) {
    // Valley mist in front of the ridge gives the layers their depth.
    const mist = ctx.createLinearGradient(0, ridge.baseline - ridge.amplitude * 0.35, 0, ridge.baseline + unit * 120);
    mist.addColorStop(0, css(haze, 0));
    mist.addColorStop(0.7, css(haze, ridge.mist));
    mist.addColorStop(1, css(haze, ridge.mist * 0.8));
    withState(ctx, () => {
      traceRidge(ctx, view, ridge);
      ctx.clip();
      ctx.fillStyle = mist;
      ctx.fillRect(left, ridge.baseline - ridge.amplitude, right - left, bottom - ridge.baseline + ridge.amplitude);
    });
  }
}

/**
 * The shaded face of a dune: the crest line shifted away from the light and down, so a
 * sharp lit edge runs along the crest and the lee side falls into shadow.
 */
function paintDuneShade(ctx: Context, view: Viewport, spec: SceneSpec, ridge: Ridge): void {
  const { unit, left, right, width } = view;
  const step = Math.max(1, unit * 3);
  const away = spec.focus.x * width < width / 2 ? 1 : -1;
  // The shade's lower edge: the crest line pushed down and away from the light.
  const shift = away * width * 0.03;
  const drop = ridge.amplitude * 0.4;
  withState(ctx, () => {
    traceRidge(ctx, view, ridge);
    ctx.clip();
    ctx.beginPath();
    for (let x = left; x <= right + step; x += step) ctx.lineTo(x, ridge.height(x));
    for (let x = right + step; x >= left; x -= step) ctx.lineTo(x, Math.max(ridge.height(x), ridge.height(x - shift) + drop));
    ctx.closePath();
    ctx.fillStyle = css(shade(ridge.colour, -0.14), 0.6);
    ctx.filter = `blur(${Math.max(1, Math.round(unit * 1.5))}px)`;
    ctx.fill();
  });
}

/** Snow caps: a band under the crest, thicker the higher the peak. */
function paintSnow(ctx: Context, view: Viewport, ridge: Ridge, light: Rgb): void {
  const step = Math.max(1, view.unit * 3);
  const line = 0.55;
  const wobble = (x: number) => 0.8 + 0.2 * Math.sin(x / (view.unit * 23)) * Math.sin(x / (view.unit * 61));
  const depthAt = (x: number) => Math.max(0, ridge.shape(x) - line) ** 0.9 * ridge.amplitude * 0.6 * wobble(x);
  const top = ridge.baseline - ridge.amplitude;
  withState(ctx, () => {
    ctx.beginPath();
    for (let x = view.left; x <= view.right + step; x += step) ctx.lineTo(x, ridge.height(x) - 1);
    for (let x = view.right + step; x >= view.left; x -= step) ctx.lineTo(x, ridge.height(x) + depthAt(x));
    ctx.closePath();
    const snow = ctx.createLinearGradient(0, top, 0, ridge.baseline);
    snow.addColorStop(0, css(mix(light, [255, 255, 255], 0.7), 0.95));
    snow.addColorStop(1, css(mix(light, ridge.colour, 0.3), 0.8));
    ctx.fillStyle = snow;
    ctx.fill();
  });
}

function paintTrees(ctx: Context, view: Viewport, ridge: Ridge, fill: CanvasGradient, random: Random): void {
  const { unit, left, right } = view;
  const scale = unit * (0.5 + ridge.depth * 1.5);
  const clumps = createNoise1d(random.fork('clumps'));
  ctx.fillStyle = fill;
  for (let x = left; x < right; x += scale * random.range(7, 16)) {
    if (clumps(x / (unit * 220), 2) < 0.38) continue;
    const size = scale * random.range(22, 48);
    const base = ridge.height(x) + size * 0.12;
    ctx.beginPath();
    if (ridge.trees === 'pine') {
      const tiers = 4;
      ctx.moveTo(x, base - size);
      for (let tier = 1; tier <= tiers; tier++) {
        const y = base - size + (size * 0.92 * tier) / tiers;
        const half = size * 0.09 * (tier + 0.8);
        ctx.lineTo(x + half, y);
        if (tier < tiers) ctx.lineTo(x + half * 0.45, y);
      }
      for (let tier = tiers; tier >= 1; tier--) {
        const y = base - size + (size * 0.92 * tier) / tiers;
        const half = size * 0.09 * (tier + 0.8);
        if (tier < tiers) ctx.lineTo(x - half * 0.45, y);
        ctx.lineTo(x - half, y);
      }
      ctx.closePath();
      ctx.fill();
      ctx.fillRect(x - size * 0.03, base - size * 0.1, size * 0.06, size * 0.2);
    } else {
      ctx.fillRect(x - size * 0.04, base - size * 0.45, size * 0.08, size * 0.5);
      for (const [dx, dy, radius] of [[0, -0.62, 0.3], [-0.18, -0.48, 0.22], [0.2, -0.5, 0.22]] as const) {
        ctx.moveTo(x + dx * size + radius * size, base + dy * size);
        ctx.arc(x + dx * size, base + dy * size, radius * size, 0, Math.PI * 2);
      }
      ctx.fill();
    }
  }
}
