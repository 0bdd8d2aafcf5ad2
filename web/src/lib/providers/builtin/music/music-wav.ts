/**
 * Output formats: 16-bit PCM stereo RIFF/WAVE and waveform peaks for the UI.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Interleaves and converts to 16-bit PCM (clamped, rounded) behind a 44-byte RIFF header. */
export function encodeWav16(track: { sampleRate: number; left: Float32Array; right: Float32Array }): Buffer {
  const frames = Math.min(track.left.length, track.right.length);
  const dataBytes = frames * 4;
  const bytes = new ArrayBuffer(44 + dataBytes);
  const view = new DataView(bytes);
  const ascii = (offset: number, text: string) => [...text].forEach((char, index) => view.setUint8(offset + index, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 2, true); // channels
  view.setUint32(24, track.sampleRate, true);
  view.setUint32(28, track.sampleRate * 4, true); // byte rate
  view.setUint16(32, 4, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  const toInt = (value: number) => {
    const clamped = value > 1 ? 1 : value < -1 ? -1 : value || 0;
    return Math.round(clamped < 0 ? clamped * 32768 : clamped * 32767);
  };
  if (LITTLE_ENDIAN) {
    const samples = new Int16Array(bytes, 44, frames * 2);
    for (let frame = 0; frame < frames; frame += 1) {
      samples[2 * frame] = toInt(track.left[frame]!);
      samples[2 * frame + 1] = toInt(track.right[frame]!);
    }
  } else {
    for (let frame = 0; frame < frames; frame += 1) {
      view.setInt16(44 + 4 * frame, toInt(track.left[frame]!), true);
      view.setInt16(46 + 4 * frame, toInt(track.right[frame]!), true);
    }
  }
  return Buffer.from(bytes);
}

/** Peak |sample| of either channel per bucket, 0–1. */
export function waveformPeaks(track: { left: Float32Array; right: Float32Array }, buckets: number): number[] {
  const frames = Math.min(track.left.length, track.right.length);
  const count = Math.max(1, Math.floor(buckets));
  const peaks: number[] = [];
  for (let bucket = 0; bucket < count; bucket += 1) {
    const start = Math.floor((bucket * frames) / count);
    const end = Math.max(start + 1, Math.floor(((bucket + 1) * frames) / count));
    let peak = 0;
    for (let frame = start; frame < Math.min(end, frames); frame += 1) {
      const value = Math.max(Math.abs(track.left[frame]!), Math.abs(track.right[frame]!));
      if (value > peak) peak = value;
    }
    peaks.push(Math.min(1, peak));
  }
  return peaks;
}
