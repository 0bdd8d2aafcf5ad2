import { css, mix, shade, type Rgb } from './image-colour';
import type { Random } from './image-random';
import type { SceneSpec } from './image-scene-spec';
import { paintBlurred, withState, type Context, type Viewport } from './image-viewport';

const WHITE: Rgb = [255, 255, 255];

export function paintBackdrop(ctx: Context, view: Viewport, spec: SceneSpec): void {
  const { width, height, left, top, right, bottom } = view;
  const { sky, glow, haze } = spec.palette;
  const focusX = spec.focus.x * width;
  const focusY = spec.focus.y * height;
  const horizonY = spec.horizon * height;
  let gradient: CanvasGradient;
  if (spec.style === 'abstract' && spec.composition === 'centered') {
    gradient = ctx.createRadialGradient(focusX, focusY, 0, focusX, focusY, Math.hypot(width, height) * 0.7);
    gradient.addColorStop(0, css(sky[2]));
    gradient.addColorStop(0.45, css(sky[1]));
    gradient.addColorStop(1, css(sky[0]));
  } else if (spec.style === 'abstract' && spec.composition === 'diagonal') {
    const fromLeft = spec.focus.x < 0.5;
    gradient = ctx.createLinearGradient(fromLeft ? 0 : width, 0, fromLeft ? width : 0, height);
    gradient.addColorStop(0, css(sky[2]));
    gradient.addColorStop(0.5, css(sky[1]));
    gradient.addColorStop(1, css(sky[0]));
  } else {
    gradient = ctx.createLinearGradient(0, top, 0, bottom);
    const span = bottom - top;
    gradient.addColorStop(0, css(sky[0]));
    gradient.addColorStop(Math.max(0.05, (horizonY * 0.55 - top) / span), css(sky[1]));
    gradient.addColorStop((horizonY - top) / span, css(sky[2]));
    gradient.addColorStop(1, css(mix(sky[2], haze, 0.6)));
  }
  ctx.fillStyle = gradient;
  ctx.fillRect(left, top, right - left, bottom - top);

  // The light's glow warms the air around it.
  const radius = Math.max(width, height) * 0.75;
  const halo = ctx.createRadialGradient(focusX, focusY, 0, focusX, focusY, radius);
  halo.addColorStop(0, css(glow, spec.palette.night ? 0.35 : 0.55));
  halo.addColorStop(0.4, css(glow, spec.palette.night ? 0.1 : 0.18));
  halo.addColorStop(1, css(glow, 0));
  ctx.fillStyle = halo;
  ctx.fillRect(left, top, right - left, bottom - top);
}

/** The sun, the moon, or a striped retro sun, at the focus point. */
export function paintCelestial(ctx: Context, view: Viewport, spec: SceneSpec, random: Random): void {
  const { unit, width, height } = view;
  const { light, glow, accents, night } = spec.palette;
  const x = spec.focus.x * width;
  const y = spec.focus.y * height;
  const neon = spec.themeId === 'neon';
  const radius = unit * (neon ? random.range(150, 200) : spec.composition === 'centered' ? random.range(110, 150) : random.range(55, 95));

  withState(ctx, () => {
    const halo = ctx.createRadialGradient(x, y, radius * 0.8, x, y, radius * 4.5);
    halo.addColorStop(0, css(glow, 0.5));
    halo.addColorStop(0.3, css(glow, 0.16));
    halo.addColorStop(1, css(glow, 0));
    ctx.fillStyle = halo;
    ctx.fillRect(x - radius * 5, y - radius * 5, radius * 10, radius * 10);

    if (neon) {
      // The classic retro sun: a warm gradient cut by widening gaps toward its base.
      ctx.beginPath();
      let gapY = y + radius * 0.05;
      let gap = radius * 0.03;
      ctx.rect(x - radius, y - radius, radius * 2, gapY - (y - radius));
      while (gapY < y + radius) {
        const bar = radius * 0.14;
        ctx.rect(x - radius, gapY + gap, radius * 2, bar);
        gapY += gap + bar;
        gap *= 1.35;
      }
      ctx.clip();
      const fill = ctx.createLinearGradient(0, y - radius, 0, y + radius);
      fill.addColorStop(0, css(light));
      fill.addColorStop(1, css(accents[0]));
      ctx.fillStyle = fill;
    } else {
      const fill = ctx.createRadialGradient(x - radius * 0.25, y - radius * 0.25, 0, x, y, radius);
      fill.addColorStop(0, css(mix(light, WHITE, 0.4)));
      fill.addColorStop(1, css(night ? shade(light, -0.06) : mix(light, glow, 0.35)));
      ctx.fillStyle = fill;
      ctx.shadowColor = css(glow, 0.9);
      ctx.shadowBlur = radius * 0.6;
    }
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    ctx.fill();
    if (night && !neon) {
      ctx.shadowBlur = 0;
      ctx.fillStyle = css(shade(light, -0.12), 0.35);
      for (let crater = 0; crater < 6; crater++) {
        const angle = random.range(0, Math.PI * 2);
        const distance = random.range(0, radius * 0.65);
        ctx.beginPath();
        ctx.arc(x + Math.cos(angle) * distance, y + Math.sin(angle) * distance, radius * random.range(0.06, 0.2), 0, Math.PI * 2);
        ctx.fill();
      }
    }
  });
}

/**
 * Stars, with a hazy band of the Milky Way on some nights. `subset` paints every other
 * star (0 or 1) so a video can make the two halves twinkle out of step.
 */
export function paintStars(ctx: Context, view: Viewport, spec: SceneSpec, random: Random, subset?: 0 | 1): void {
  const { unit, left, top, right, bottom, width, height } = view;
  const { accents, glow } = spec.palette;
  const floor = spec.style === 'landscape' ? spec.horizon * height + unit * 20 : bottom;
  const area = ((right - left) * (floor - top)) / (unit * unit);
  const count = Math.min(1800, Math.round((area / 2600) * spec.density));
  const band = random.chance(spec.themeId === 'space' ? 1 : 0.6);
  const bandAngle = random.range(-0.9, -0.35);
  const bandX = width * random.range(0.3, 0.7);
  const bandY = height * 0.3;

  if (band && subset !== 1) {
    paintBlurred(ctx, view, unit * 45, (ctx) => {
      ctx.translate(bandX, bandY);
      ctx.rotate(bandAngle);
      for (let puff = 0; puff < 9; puff++) {
        ctx.fillStyle = css(puff % 3 === 0 ? accents[0] : glow, random.range(0.06, 0.14));
        ctx.beginPath();
        ctx.ellipse(random.range(-width, width), random.range(-unit * 60, unit * 60), unit * random.range(180, 420), unit * random.range(50, 110), 0, 0, Math.PI * 2);
        ctx.fill();
      }
    });
  }

  for (let index = 0; index < count; index++) {
    let x = random.range(left, right);
    let y = random.range(top, floor);
    if (band && index % 3 === 0) {
      // Crowd a third of the stars into the band.
      const along = random.range(-width, width);
      const across = (random.next() + random.next() - 1) * unit * 120;
      x = bandX + Math.cos(bandAngle) * along - Math.sin(bandAngle) * across;
      y = bandY + Math.sin(bandAngle) * along + Math.cos(bandAngle) * across;
    }
    const size = unit * (0.7 + random.next() ** 4 * 2.6);
    const alpha = 0.3 + random.next() * 0.7;
    const colour = mix(WHITE, accents[random.int(0, 2)] ?? WHITE, random.next() * 0.35);
    const bright = random.chance(0.025);
    if (subset !== undefined && index % 2 !== subset) continue;
    if (bright) {
      const flare = ctx.createRadialGradient(x, y, 0, x, y, size * 9);
      flare.addColorStop(0, css(colour, 0.55));
      flare.addColorStop(1, css(colour, 0));
      ctx.fillStyle = flare;
      ctx.fillRect(x - size * 9, y - size * 9, size * 18, size * 18);
      ctx.fillStyle = css(colour, 0.45);
      ctx.fillRect(x - size * 7, y - unit * 0.4, size * 14, unit * 0.8);
      ctx.fillRect(x - unit * 0.4, y - size * 7, unit * 0.8, size * 14);
    }
    ctx.fillStyle = css(colour, alpha);
    ctx.beginPath();
    ctx.arc(x, y, size, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** Soft clouds: clusters of blurred puffs with a lit top. */
export function paintClouds(ctx: Context, view: Viewport, spec: SceneSpec, random: Random): void {
  const { unit, left, right, height } = view;
  const { sky, glow, night } = spec.palette;
  const storm = spec.themeId === 'storm';
  const body = night ? mix(sky[1], glow, 0.25) : mix(sky[2], WHITE, storm ? 0.2 : 0.55);
  const count = Math.round(random.range(4, 7) * spec.density * (storm ? 1.6 : 1));
  paintBlurred(ctx, view, unit * 7, (ctx) => {
    for (let cloud = 0; cloud < count; cloud++) {
      const cx = random.range(left, right);
      const cy = random.range(height * 0.06, spec.horizon * height - unit * 60);
      const scale = random.range(0.6, 1.4) * (storm ? 1.5 : 1);
      const puffs = random.int(5, 9);
      for (let puff = 0; puff < puffs; puff++) {
        const px = cx + (puff - puffs / 2) * unit * 38 * scale + random.range(-10, 10) * unit;
        const radius = unit * random.range(28, 62) * scale * (1 - Math.abs(puff - puffs / 2) / puffs);
        const py = cy - radius * 0.4;
        ctx.fillStyle = css(shade(body, -0.06), 0.55);
        ctx.beginPath();
        ctx.arc(px, py + radius * 0.18, radius, 0, Math.PI * 2);
        ctx.fill();
        ctx.fillStyle = css(body, 0.7);
        ctx.beginPath();
        ctx.arc(px, py, radius * 0.92, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  });
}

/** Long thin streaks of lit cloud across the sky. */
export function paintStreaks(ctx: Context, view: Viewport, spec: SceneSpec, random: Random): void {
  const { unit, left, right, height } = view;
  const { glow, light } = spec.palette;
  const count = Math.round(random.range(5, 9) * spec.density);
  paintBlurred(ctx, view, unit * 3, (ctx) => {
    for (let streak = 0; streak < count; streak++) {
      const y = random.range(height * 0.08, spec.horizon * height - unit * 40);
      const length = (right - left) * random.range(0.15, 0.45);
      const x = random.range(left, right - length);
      const thickness = unit * random.range(3, 11);
      const fill = ctx.createLinearGradient(x, 0, x + length, 0);
      const colour = random.chance(0.5) ? glow : light;
      fill.addColorStop(0, css(colour, 0));
      fill.addColorStop(0.5, css(colour, random.range(0.3, 0.6)));
      fill.addColorStop(1, css(colour, 0));
      ctx.fillStyle = fill;
      ctx.beginPath();
      ctx.roundRect(x, y + spec.tilt * (x - view.width / 2), length, thickness, thickness / 2);
      ctx.fill();
    }
  });
}
