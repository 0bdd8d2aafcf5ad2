import type { Generation } from '@/lib/schemas/generation';

/**
 * Seconds left in a run: from its progress so far when it reports some, else from how long
 * runs of the same model took in this project before; null when neither is known.
 */
export function estimateSecondsLeft(
  generation: Pick<Generation, 'status' | 'progress'>,
  elapsedSeconds: number,
  typicalSeconds: number | null,
): number | null {
  const progress = generation.progress;
  if (generation.status === 'running' && progress !== null && progress >= 0.05 && progress < 1 && elapsedSeconds > 1) {
    return (elapsedSeconds * (1 - progress)) / progress;
  }
  if (typicalSeconds !== null) return Math.max(0, typicalSeconds - elapsedSeconds);
  return null;
}
