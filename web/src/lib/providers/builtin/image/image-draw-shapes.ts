import { css, mix, shade, type Rgb } from './image-colour';
import type { Random } from './image-random';
import type { SceneSpec } from './image-scene-spec';
import { paintBlurred, withState, type Context, type Viewport } from './image-viewport';

const WHITE: Rgb = [255, 255, 255];

function shapeColours(spec: SceneSpec): Rgb[] {
  const { accents, sky, ground, light } = spec.palette;
  return [...accents, sky[2], ground[1], mix(light, accents[0], 0.4)];
}

/** Large blurred fields of colour: a soft mesh gradient behind everything else. */
export function paintAura(ctx: Context, view: Viewport, spec: SceneSpec, random: Random): void {
  const { unit, width, height } = view;
  const colours = shapeColours(spec);
  paintBlurred(ctx, view, unit * 110, (ctx) => {
    const count = random.int(5, 7);
    for (let blob = 0; blob < count; blob++) {
      ctx.fillStyle = css(colours[blob % colours.length] ?? WHITE, random.range(0.7, 0.95));
      ctx.beginPath();
      ctx.ellipse(
        random.range(-0.1, 1.1) * width,
        random.range(-0.1, 1.1) * height,
        unit * random.range(220, 420),
        unit * random.range(160, 340),
        random.range(0, Math.PI),
        0,
        Math.PI * 2,
      );
      ctx.fill();
    }
  });
}

/** A smooth closed shape through points at a wobbling radius. */
function traceBlob(ctx: Context, x: number, y: number, radius: number, random: Random): void {
  const points = 9;
  const wobble = Array.from({ length: points }, () => random.range(0.72, 1.22));
  const at = (index: number) => {
    const angle = (index / points) * Math.PI * 2;
    const r = radius * (wobble[index % points] ?? 1);
    return [x + Math.cos(angle) * r, y + Math.sin(angle) * r] as const;
  };
  ctx.beginPath();
  const [startX, startY] = at(0);
  const [nextX, nextY] = at(1);
  ctx.moveTo((startX + nextX) / 2, (startY + nextY) / 2);
  for (let index = 1; index <= points; index++) {
    const [px, py] = at(index);
    const [qx, qy] = at(index + 1);
    ctx.quadraticCurveTo(px, py, (px + qx) / 2, (py + qy) / 2);
  }
  ctx.closePath();
}

/** Crisp organic shapes with soft shadows. */
export function paintBlobs(ctx: Context, view: Viewport, spec: SceneSpec, random: Random): void {
  const { unit, width, height } = view;
  const colours = shapeColours(spec);
  const centered = spec.composition === 'centered';
  const count = centered ? 5 : Math.round(random.range(3, 5) * spec.density);
  for (let blob = 0; blob < count; blob++) {
    // Centered: a cluster of overlapping shapes round the focus.
    const angle = (blob / count) * Math.PI * 2 + random.range(-0.4, 0.4);
    const spread = unit * random.range(90, 170);
    const radius = unit * (centered ? random.range(120, 200) : random.range(70, 210));
    const x = centered ? spec.focus.x * width + Math.cos(angle) * spread : random.range(0.1, 0.9) * width;
    const y = centered ? spec.focus.y * height + Math.sin(angle) * spread * 0.8 : random.range(0.15, 0.85) * height;
    const colour = colours[(blob + 1) % colours.length] ?? WHITE;
    withState(ctx, () => {
      const fill = ctx.createLinearGradient(x - radius, y - radius, x + radius, y + radius);
      fill.addColorStop(0, css(mix(colour, WHITE, 0.35)));
      fill.addColorStop(1, css(shade(colour, -0.08)));
      ctx.fillStyle = fill;
      ctx.shadowColor = css(shade(spec.palette.ground[3], -0.1), 0.35);
      ctx.shadowBlur = unit * 50;
      ctx.shadowOffsetY = unit * 18;
      traceBlob(ctx, x, y, radius, random);
      ctx.fill();
    });
  }
}

function paintSphere(ctx: Context, x: number, y: number, radius: number, colour: Rgb, spec: SceneSpec, unit: number): void {
  withState(ctx, () => {
    const lightX = (spec.focus.x - 0.5) * radius * 0.8;
    const lightY = (spec.focus.y - 0.5) * radius * 0.8 - radius * 0.3;
    const fill = ctx.createRadialGradient(x + lightX, y + lightY, radius * 0.05, x, y, radius);
    fill.addColorStop(0, css(mix(colour, WHITE, 0.55)));
    fill.addColorStop(0.55, css(colour));
    fill.addColorStop(1, css(shade(colour, -0.16)));
    ctx.fillStyle = fill;
    ctx.shadowColor = css(shade(spec.palette.ground[3], -0.1), 0.4);
    ctx.shadowBlur = radius * 0.5 + unit * 10;
    ctx.shadowOffsetY = radius * 0.12;
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    ctx.fill();
  });
}

function paintBokeh(ctx: Context, x: number, y: number, radius: number, colour: Rgb, alpha: number): void {
  const fill = ctx.createRadialGradient(x, y, 0, x, y, radius);
  fill.addColorStop(0, css(colour, alpha));
  fill.addColorStop(0.75, css(colour, alpha * 0.75));
  fill.addColorStop(1, css(colour, 0));
  ctx.fillStyle = fill;
  ctx.fillRect(x - radius, y - radius, radius * 2, radius * 2);
}

/**
 * Circles by composition: one orb with rings (centered), a shrinking line of spheres
 * (diagonal), or a field of spheres and out-of-focus bokeh. Over a landscape they are
 * glowing lights (lanterns, embers) floating in the air.
 */
export function paintCircles(ctx: Context, view: Viewport, spec: SceneSpec, random: Random): void {
  const { unit, width, height, left, right, top } = view;
  const colours = shapeColours(spec);
  if (spec.style === 'landscape') {
    const count = Math.round(random.range(25, 50) * spec.density);
    for (let index = 0; index < count; index++) {
      const x = random.range(left, right);
      const y = random.range(top, spec.horizon * height);
      const radius = unit * (2 + random.next() ** 3 * 16);
      paintBokeh(ctx, x, y, radius * 2.2, mix(spec.palette.light, spec.palette.accents[index % 3] ?? WHITE, 0.4), random.range(0.35, 0.8));
    }
    return;
  }
  if (spec.composition === 'centered') {
    const x = spec.focus.x * width;
    const y = spec.focus.y * height;
    const radius = unit * random.range(190, 250);
    withState(ctx, () => {
      ctx.strokeStyle = css(mix(spec.palette.light, WHITE, 0.3), 0.28);
      for (let ring = 1; ring <= 5; ring++) {
        ctx.lineWidth = unit * (ring % 2 === 0 ? 1.2 : 2.4);
        ctx.beginPath();
        ctx.arc(x, y, radius * (1 + ring * 0.22), 0, Math.PI * 2);
        ctx.stroke();
      }
    });
    paintSphere(ctx, x, y, radius, colours[0] ?? WHITE, spec, unit);
    const satellites = random.int(2, 4);
    for (let index = 0; index < satellites; index++) {
      const angle = random.range(0, Math.PI * 2);
      const distance = radius * (1.22 + random.int(0, 4) * 0.22);
      paintSphere(ctx, x + Math.cos(angle) * distance, y + Math.sin(angle) * distance, unit * random.range(14, 38), colours[index + 1] ?? WHITE, spec, unit);
    }
    return;
  }
  // Out-of-focus lights first, then spheres, big ones last so they sit in front.
  const bokehCount = Math.round(random.range(14, 26) * spec.density);
  for (let index = 0; index < bokehCount; index++) {
    paintBokeh(ctx, random.range(left, right), random.range(top, view.bottom), unit * random.range(20, 70), colours[index % colours.length] ?? WHITE, random.range(0.12, 0.3));
  }
  const diagonal = spec.composition === 'diagonal';
  const count = diagonal ? random.int(5, 8) : Math.round(random.range(7, 14) * spec.density);
  const spheres = Array.from({ length: count }, (_, index) => {
    if (diagonal) {
      const along = index / (count - 1);
      const startX = spec.focus.x * width;
      const endX = (1 - spec.focus.x) * width;
      return {
        x: startX + (endX - startX) * along + random.range(-20, 20) * unit,
        y: spec.focus.y * height + (height * 0.9 - spec.focus.y * height) * along,
        radius: unit * (200 - along * 150) * random.range(0.8, 1.1),
      };
    }
    return { x: random.range(0.05, 0.95) * width, y: random.range(0.08, 0.92) * height, radius: unit * (25 + random.next() ** 2.5 * 170) };
  });
  spheres.sort((a, b) => a.radius - b.radius);
  spheres.forEach((sphere, index) => paintSphere(ctx, sphere.x, sphere.y, sphere.radius, colours[index % colours.length] ?? WHITE, spec, unit));
}
