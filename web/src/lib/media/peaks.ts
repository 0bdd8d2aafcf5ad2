/** How many bars an audio asset's waveform has. */
export const PEAK_BUCKETS = 200;

/** Peak of each of `buckets` equal slices of 16-bit samples, 0..1, rounded to 3 decimals. */
export function peaksOf(samples: Int16Array, buckets: number = PEAK_BUCKETS): number[] {
  const count = Math.min(buckets, samples.length);
  const peaks: number[] = [];
  for (let bucket = 0; bucket < count; bucket += 1) {
    const start = Math.floor((bucket * samples.length) / count);
    const end = Math.floor(((bucket + 1) * samples.length) / count);
    let peak = 0;
    for (let index = start; index < end; index += 1) peak = Math.max(peak, Math.abs(samples[index]!));
    peaks.push(Math.round((peak / 32768) * 1000) / 1000);
  }
  return peaks;
}
