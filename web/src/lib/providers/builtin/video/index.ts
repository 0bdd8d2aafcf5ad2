import { createCanvas } from '@napi-rs/canvas';
import { describeScene } from '../image';
import { prepareAnimation } from './video-animation';
import { writeWebm } from './video-webm-writer';
import { vp8FrameFromWebp } from './video-webp-frame';

/** A short clip of the prompt's scene in motion. */
export type VideoRequest = {
  prompt: string;
  /** 1–10 seconds; the clip holds a whole number of frames, the nearest to this. */
  durationSeconds: number;
  /** Even, at most 1280 on the longer side and 720 on the shorter. */
  width: number;
  height: number;
  /** 1–60; default 24. */
  fps?: number;
  /** Same prompt and seed, same bytes. */
  seed?: number;
};

export type VideoResult = {
  data: Buffer;
  mimeType: 'video/mp4' | 'video/webm';
  /** The first frame, as PNG. */
  poster: Buffer;
  width: number;
  height: number;
  /** Exactly the clip's frame count over its frame rate. */
  durationSeconds: number;
};

export const VIDEO_DEFAULT_FPS = 24;
/**
 * WebP quality of each frame. Every frame is a VP8 keyframe, so this alone sets the size:
 * at 80 a 640×360 second is roughly 0.5–1.5 MB depending on the scene.
 */
const FRAME_QUALITY = 80;

function checkRequest({ durationSeconds, width, height, fps }: VideoRequest & { fps: number }): void {
  if (!Number.isFinite(durationSeconds) || durationSeconds < 1 || durationSeconds > 10) {
    throw new RangeError(`durationSeconds must be from 1 to 10, got ${durationSeconds}.`);
  }
  for (const [name, value] of [['width', width], ['height', height]] as const) {
    if (!Number.isInteger(value) || value < 64 || value % 2 !== 0) throw new RangeError(`${name} must be an even whole number of at least 64, got ${value}.`);
  }
  if (Math.max(width, height) > 1280 || Math.min(width, height) > 720) {
    throw new RangeError(`The size must fit 1280×720 (either way round), got ${width}×${height}.`);
  }
  if (!Number.isInteger(fps) || fps < 1 || fps > 60) throw new RangeError(`fps must be a whole number from 1 to 60, got ${fps}.`);
}

/**
 * Renders the clip as WebM (VP8). Frames are encoded on libuv's thread pool while the
 * next one is composed, and the event loop stays free between frames.
 */
export async function renderVideo(request: VideoRequest, onProgress?: (fraction: number) => void): Promise<VideoResult> {
  const fps = request.fps ?? VIDEO_DEFAULT_FPS;
  checkRequest({ ...request, fps });
  const { width, height } = request;
  const frameCount = Math.max(1, Math.round(request.durationSeconds * fps));
  const durationSeconds = frameCount / fps;

  const spec = describeScene(request.prompt, request.seed);
  const animation = prepareAnimation(spec, width, height, durationSeconds);
  onProgress?.(0.05);

  // Two canvases: one is composed while the other's frame is being encoded.
  const canvases = [createCanvas(width, height), createCanvas(width, height)] as const;
  const frames: Uint8Array[] = [];
  let poster: Buffer | null = null;
  let pending: Promise<Buffer> | null = null;
  for (let index = 0; index < frameCount; index++) {
    const canvas = canvases[index % 2] ?? canvases[0];
    const ctx = canvas.getContext('2d');
    animation.drawFrame(ctx, index / fps);
    if (index === 0) poster = await canvas.encode('png');
    const encoding = canvas.encode('webp', FRAME_QUALITY);
    if (pending) frames.push(vp8FrameFromWebp(await pending));
    pending = encoding;
    if (index % 8 === 0) onProgress?.(0.05 + 0.9 * (index / frameCount));
  }
  if (pending) frames.push(vp8FrameFromWebp(await pending));

  const data = writeWebm({ width, height, fps, frames });
  onProgress?.(1);
  return { data, mimeType: 'video/webm', poster: poster ?? Buffer.alloc(0), width, height, durationSeconds };
}
