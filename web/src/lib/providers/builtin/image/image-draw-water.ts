import { css, mix, shade, type Rgb } from './image-colour';
import type { Random } from './image-random';
import type { SceneSpec } from './image-scene-spec';
import { withState, type Context, type Viewport } from './image-viewport';

/** One band of water, far (index 0) to near. */
export type WaveBand = {
  index: number;
  count: number;
  colour: Rgb;
  amplitude: number;
  /** Crest line at x. */
  crest: (x: number) => number;
  paper: boolean;
};

function colourAt(colours: readonly Rgb[], position: number): Rgb {
  const scaled = Math.max(0, Math.min(0.9999, position)) * (colours.length - 1);
  const index = Math.floor(scaled);
  const from = colours[index] ?? colours[0] ?? [0, 0, 0];
  const to = colours[index + 1] ?? from;
  return mix(from, to, scaled - index);
}

/**
 * Sea bands under the horizon (landscape) or stacked paper-cut waves (abstract).
 * Bands get taller and further apart toward the viewer.
 */
export function planWaves(view: Viewport, spec: SceneSpec, random: Random): WaveBand[] {
  const { width, height, unit, bottom } = view;
  const { ground, haze, sky, accents } = spec.palette;
  const paper = spec.style === 'abstract';
  const count = paper ? random.int(5, 7) : 7;
  const startY = paper ? height * random.range(0.22, 0.4) : spec.horizon * height;
  const ramp: Rgb[] = paper ? [sky[2], accents[0], sky[1], ground[1], ground[3]] : [mix(ground[0], haze, 0.35), ...ground];
  const bands: WaveBand[] = [];
  for (let index = 0; index < count; index++) {
    const depth = (index + 1) / count;
    const y = paper ? startY + (bottom - startY) * (index / count) * 0.95 : startY + (bottom - startY) * ((index + 0.35) / count) ** 1.7;
    const amplitude = paper ? unit * random.range(22, 55) : unit * (1.5 + 16 * depth ** 1.6);
    const wavelength = paper ? width * random.range(0.35, 0.8) : width * (0.04 + 0.22 * depth ** 1.3);
    const phase = random.range(0, Math.PI * 2);
    const ripple = random.range(0.2, 0.45);
    const tilt = spec.tilt * (paper ? 1.6 : 1);
    bands.push({
      index,
      count,
      colour: paper ? colourAt(ramp, index / (count - 1)) : colourAt(ramp, depth),
      amplitude,
      crest: (x) =>
        y +
        amplitude * Math.sin((x / wavelength) * Math.PI * 2 + phase) +
        amplitude * ripple * Math.sin((x / wavelength) * Math.PI * 4.7 + phase * 1.7) +
        tilt * (x - width / 2),
      paper,
    });
  }
  return bands;
}

/** Water under the bands: a deepening gradient and the light's reflection. */
export function paintSea(ctx: Context, view: Viewport, spec: SceneSpec): void {
  const { width, height, left, right, bottom, unit } = view;
  const { ground, haze, glow, light } = spec.palette;
  const horizonY = spec.horizon * height;
  const fill = ctx.createLinearGradient(0, horizonY, 0, bottom);
  fill.addColorStop(0, css(mix(ground[0], haze, 0.45)));
  fill.addColorStop(0.35, css(ground[1]));
  fill.addColorStop(1, css(ground[3]));
  ctx.fillStyle = fill;
  ctx.fillRect(left, horizonY, right - left, bottom - horizonY);

  const x = spec.focus.x * width;
  withState(ctx, () => {
    ctx.translate(x, horizonY);
    ctx.scale(1, 3.2);
    const reflection = ctx.createRadialGradient(0, 0, 0, 0, 0, (bottom - horizonY) / 3);
    reflection.addColorStop(0, css(glow, 0.55));
    reflection.addColorStop(0.5, css(glow, 0.15));
    reflection.addColorStop(1, css(glow, 0));
    ctx.fillStyle = reflection;
    ctx.fillRect(-width, 0, width * 2, bottom - horizonY);
  });
  ctx.fillStyle = css(mix(light, haze, 0.5), 0.6);
  ctx.fillRect(left, horizonY - unit * 0.8, right - left, unit * 1.6);
}

export function paintWaveBand(ctx: Context, view: Viewport, spec: SceneSpec, band: WaveBand, random: Random): void {
  const { unit, left, right, bottom, width } = view;
  const { light, glow } = spec.palette;
  const step = Math.max(1, unit * 3);
  const top = band.crest(width / 2) - band.amplitude * 2;
  const trace = () => {
    ctx.beginPath();
    ctx.moveTo(left, bottom);
    for (let x = left; x <= right + step; x += step) ctx.lineTo(x, band.crest(x));
    ctx.lineTo(right + step, bottom);
    ctx.closePath();
  };
  const fill = ctx.createLinearGradient(0, top, 0, top + (bottom - top) * (band.paper ? 0.7 : 0.5));
  fill.addColorStop(0, css(mix(band.colour, light, band.paper ? 0.12 : 0.08)));
  fill.addColorStop(1, css(shade(band.colour, band.paper ? -0.1 : -0.05)));

  withState(ctx, () => {
    ctx.shadowColor = css(shade(band.colour, -0.35), band.paper ? 0.45 : 0.25);
    ctx.shadowBlur = unit * (band.paper ? 30 : 10);
    ctx.shadowOffsetY = -unit * (band.paper ? 8 : 2);
    ctx.fillStyle = fill;
    trace();
    ctx.fill();
  });

  // Foam or a lit edge along the crest.
  withState(ctx, () => {
    ctx.beginPath();
    for (let x = left; x <= right + step; x += step) ctx.lineTo(x, band.crest(x) + unit);
    ctx.strokeStyle = css(mix(band.colour, light, 0.6), band.paper ? 0.35 : 0.45);
    ctx.lineWidth = unit * (band.paper ? 2 : 0.8 + (band.index / band.count) * 2.2);
    ctx.stroke();
  });

  if (!band.paper) {
    // Glints of the light on this band, in a cone under the light.
    const centre = spec.focus.x * width;
    const spread = unit * (30 + band.index * 45);
    ctx.fillStyle = css(mix(light, glow, 0.3), 0.7);
    const glints = 6 + band.index * 3;
    for (let glint = 0; glint < glints; glint++) {
      const x = centre + (random.next() + random.next() - 1) * spread;
      const y = band.crest(x) + random.range(0.5, 2.5) * band.amplitude;
      const length = unit * random.range(4, 12) * (1 + band.index * 0.3);
      ctx.fillRect(x - length / 2, y, length, unit * random.range(0.8, 1.8));
    }
  }
}
