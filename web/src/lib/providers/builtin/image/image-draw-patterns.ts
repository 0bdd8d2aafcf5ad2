import { css, mix, shade, type Rgb } from './image-colour';
import type { Random } from './image-random';
import type { SceneSpec } from './image-scene-spec';
import { withState, type Context, type Viewport } from './image-viewport';

function ramp(spec: SceneSpec): Rgb[] {
  const { sky, accents, ground, light } = spec.palette;
  return [sky[0], sky[1], accents[0], sky[2], light, accents[1], ground[1], accents[2], ground[2]];
}

/**
 * Stripes: concentric rings round the focus (centered), scattered capsules, or paper
 * bands laid flat (horizon) or on a slant (diagonal).
 */
export function paintBands(ctx: Context, view: Viewport, spec: SceneSpec, random: Random): void {
  const { unit, width, height, left, right, top, bottom } = view;
  const colours = ramp(spec);
  const colourAt = (index: number) => colours[index % colours.length] ?? colours[0] ?? [0, 0, 0];
  const shadow = css(shade(spec.palette.ground[3], -0.15), 0.35);

  if (spec.composition === 'centered') {
    const x = spec.focus.x * width;
    const y = spec.focus.y * height;
    let radius = Math.hypot(width, height) * 0.62;
    let index = 0;
    while (radius > unit * 40) {
      withState(ctx, () => {
        ctx.fillStyle = css(colourAt(index));
        ctx.shadowColor = shadow;
        ctx.shadowBlur = unit * 30;
        ctx.beginPath();
        ctx.arc(x, y, radius, 0, Math.PI * 2);
        ctx.fill();
      });
      radius -= unit * random.range(35, 80);
      index++;
    }
    return;
  }

  if (spec.composition === 'scattered') {
    const angle = random.pick([-Math.PI / 4, Math.PI / 4, Math.PI / 3]);
    const count = Math.round(random.range(14, 24) * spec.density);
    for (let index = 0; index < count; index++) {
      const length = unit * random.range(140, 420);
      const thickness = unit * random.range(26, 60);
      withState(ctx, () => {
        ctx.translate(random.range(left, right), random.range(top, bottom));
        ctx.rotate(angle);
        const colour = colourAt(random.int(0, colours.length - 1));
        const fill = ctx.createLinearGradient(-length / 2, 0, length / 2, 0);
        fill.addColorStop(0, css(mix(colour, [255, 255, 255], 0.2)));
        fill.addColorStop(1, css(shade(colour, -0.08)));
        ctx.fillStyle = fill;
        ctx.shadowColor = shadow;
        ctx.shadowBlur = unit * 24;
        ctx.shadowOffsetY = unit * 10;
        ctx.beginPath();
        ctx.roundRect(-length / 2, -thickness / 2, length, thickness, thickness / 2);
        ctx.fill();
      });
    }
    return;
  }

  const angle = spec.composition === 'diagonal' ? Math.sign(spec.tilt || 1) * random.range(0.45, 0.7) : random.range(-0.03, 0.03);
  const reach = Math.hypot(right - left, bottom - top) / 2;
  withState(ctx, () => {
    ctx.translate(width / 2, height / 2);
    ctx.rotate(angle);
    let y = -reach;
    let index = random.int(0, colours.length - 1);
    while (y < reach) {
      const thickness = unit * random.range(40, 130);
      const colour = colourAt(index);
      const fill = ctx.createLinearGradient(-reach, 0, reach, 0);
      fill.addColorStop(0, css(colour));
      fill.addColorStop(1, css(mix(colour, colourAt(index + 1), 0.45)));
      withState(ctx, () => {
        ctx.fillStyle = fill;
        ctx.shadowColor = shadow;
        ctx.shadowBlur = unit * 26;
        ctx.shadowOffsetY = -unit * 8;
        // Each band covers everything below it and casts its shadow up onto the one above.
        ctx.fillRect(-reach, y, reach * 2, reach - y);
      });
      y += thickness;
      index++;
    }
  });
}

type TileShape = 'quarter' | 'half' | 'circle' | 'ring' | 'triangle' | 'bars' | 'leaf' | 'dots';
const TILE_SHAPES: readonly TileShape[] = ['quarter', 'half', 'circle', 'ring', 'triangle', 'bars', 'leaf', 'dots'];

/** A Bauhaus-style grid of tiles, each with a simple shape. */
export function paintTiles(ctx: Context, view: Viewport, spec: SceneSpec, random: Random): void {
  const { unit, width, height } = view;
  const colours = ramp(spec);
  const centered = spec.composition === 'centered';
  const columns = centered ? random.int(3, 4) : random.int(4, 6) + (spec.composition === 'scattered' ? 2 : 0);
  const regionWidth = centered ? Math.min(width, height) * 0.72 : width;
  const cell = regionWidth / columns;
  const rows = centered ? columns : Math.ceil(height / cell);
  const originX = centered ? spec.focus.x * width - regionWidth / 2 : 0;
  const originY = centered ? spec.focus.y * height - regionWidth / 2 : (height - rows * cell) / 2;
  const gap = cell * 0.05;
  const pick = () => colours[random.int(0, colours.length - 1)] ?? colours[0] ?? [0, 0, 0];

  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if (spec.composition === 'scattered' && random.chance(0.3)) continue;
      const x = originX + column * cell + gap / 2;
      const y = originY + row * cell + gap / 2;
      const size = cell - gap;
      const background = pick();
      let foreground = pick();
      if (foreground === background) foreground = mix(background, [255, 255, 255], 0.5);
      const shape = random.pick(TILE_SHAPES);
      const corner = random.int(0, 3);
      withState(ctx, () => {
        ctx.shadowColor = css(shade(spec.palette.ground[3], -0.15), 0.3);
        ctx.shadowBlur = unit * 16;
        ctx.shadowOffsetY = unit * 6;
        ctx.fillStyle = css(background);
        ctx.beginPath();
        ctx.roundRect(x, y, size, size, size * 0.06);
        ctx.fill();
        ctx.clip();
        ctx.shadowBlur = unit * 12;
        ctx.shadowOffsetY = unit * 4;
        ctx.fillStyle = css(foreground);
        paintTileShape(ctx, shape, x, y, size, corner, foreground, unit);
      });
    }
  }
}

function paintTileShape(ctx: Context, shape: TileShape, x: number, y: number, size: number, corner: number, colour: Rgb, unit: number): void {
  const corners = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
  ] as const;
  const [cornerX, cornerY] = corners[corner] ?? corners[0];
  const centreX = x + size / 2;
  const centreY = y + size / 2;
  ctx.beginPath();
  switch (shape) {
    case 'quarter':
      ctx.moveTo(cornerX, cornerY);
      ctx.arc(cornerX, cornerY, size, 0, Math.PI * 2);
      ctx.fill();
      return;
    case 'half':
      ctx.arc(corner % 2 === 0 ? centreX : x, corner % 2 === 0 ? y : centreY, size / 2, 0, Math.PI * 2);
      ctx.fill();
      return;
    case 'circle':
      ctx.arc(centreX, centreY, size * 0.34, 0, Math.PI * 2);
      ctx.fill();
      return;
    case 'ring':
      ctx.arc(centreX, centreY, size * 0.3, 0, Math.PI * 2);
      ctx.lineWidth = size * 0.12;
      ctx.strokeStyle = css(colour);
      ctx.stroke();
      return;
    case 'triangle': {
      const [oppositeX, oppositeY] = corners[(corner + 2) % 4] ?? corners[2];
      ctx.moveTo(cornerX, cornerY);
      ctx.lineTo(cornerX, oppositeY);
      ctx.lineTo(oppositeX, cornerY);
      ctx.closePath();
      ctx.fill();
      return;
    }
    case 'bars':
      for (let bar = 0; bar < 3; bar++) ctx.rect(x + size * (0.14 + bar * 0.26), y + size * 0.14, size * 0.14, size * 0.72);
      ctx.fill();
      return;
    case 'leaf': {
      const [oppositeX, oppositeY] = corners[(corner + 2) % 4] ?? corners[2];
      ctx.moveTo(cornerX, cornerY);
      ctx.quadraticCurveTo(cornerX, oppositeY, oppositeX, oppositeY);
      ctx.quadraticCurveTo(oppositeX, cornerY, cornerX, cornerY);
      ctx.fill();
      return;
    }
    case 'dots':
      for (let dot = 0; dot < 9; dot++) {
        const dotX = x + size * (0.22 + (dot % 3) * 0.28);
        const dotY = y + size * (0.22 + Math.floor(dot / 3) * 0.28);
        ctx.moveTo(dotX + size * 0.08, dotY);
        ctx.arc(dotX, dotY, Math.max(unit, size * 0.08), 0, Math.PI * 2);
      }
      ctx.fill();
      return;
  }
}

/** A glowing perspective grid on the ground that scrolls toward the viewer with `time`. */
export function paintNeonFloor(ctx: Context, view: Viewport, spec: SceneSpec, time: number): void {
  const { unit, width, height, left, right, bottom } = view;
  const { ground, accents } = spec.palette;
  const horizonY = spec.horizon * height;
  const depth = height - horizonY;
  const floor = ctx.createLinearGradient(0, horizonY, 0, bottom);
  floor.addColorStop(0, css(mix(ground[0], accents[0], 0.35)));
  floor.addColorStop(0.25, css(ground[1]));
  floor.addColorStop(1, css(ground[3]));
  ctx.fillStyle = floor;
  ctx.fillRect(left, horizonY, right - left, bottom - horizonY);

  const vanishX = width / 2;
  const spacing = unit * 110;
  ctx.beginPath();
  const reach = Math.ceil((right - left) / spacing) * 3;
  for (let line = -reach; line <= reach; line++) {
    ctx.moveTo(vanishX + line * spacing * 0.02, horizonY);
    ctx.lineTo(vanishX + line * spacing * ((bottom - horizonY) / depth), bottom);
  }
  const scroll = (time * 1.2) % 1;
  for (let line = 0; line < 48; line++) {
    const distance = 0.6 + line * 0.55 - scroll * 0.55;
    if (distance <= 0.1) continue;
    const y = horizonY + (depth * 0.9) / distance;
    if (y > bottom) continue;
    ctx.moveTo(left, y);
    ctx.lineTo(right, y);
  }
  const stroke = ctx.createLinearGradient(0, horizonY, 0, bottom);
  stroke.addColorStop(0, css(accents[0], 0));
  stroke.addColorStop(0.15, css(accents[0], 0.7));
  stroke.addColorStop(1, css(mix(accents[0], accents[1], 0.5), 1));
  // The glow is a wide faint stroke under the line: a shadow blur would cost a blur pass
  // on every frame of a clip.
  withState(ctx, () => {
    ctx.strokeStyle = stroke;
    ctx.globalAlpha = 0.18;
    ctx.lineWidth = unit * 9;
    ctx.stroke();
    ctx.globalAlpha = 0.3;
    ctx.lineWidth = unit * 5;
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.lineWidth = unit * 2.2;
    ctx.stroke();
  });
  const glow = ctx.createLinearGradient(0, horizonY - unit * 30, 0, horizonY + unit * 30);
  glow.addColorStop(0, css(accents[0], 0));
  glow.addColorStop(0.5, css(accents[0], 0.8));
  glow.addColorStop(1, css(accents[0], 0));
  ctx.fillStyle = glow;
  ctx.fillRect(left, horizonY - unit * 30, right - left, unit * 60);
}
