import { Music } from 'lucide-react';
import { cn } from '@/components/ui/utils';

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index += 1) value = Math.imul(value ^ text.charCodeAt(index), 16777619);
  return value >>> 0;
}

/** Colour pairs (oklch hues) that read well in both themes; a track keeps its own. */
const GRADIENTS: Array<[number, number]> = [
  [293, 330],
  [250, 290],
  [200, 250],
  [165, 200],
  [30, 350],
  [55, 20],
  [330, 270],
  [220, 160],
];

/** A track's cover: a gradient of its own, the same every time for the same track. */
export function TrackCover({ id, className, iconClassName }: { id: string; className?: string; iconClassName?: string }) {
  const [from, to] = GRADIENTS[hash(id) % GRADIENTS.length]!;
  return (
    <span
      aria-hidden="true"
      className={cn('flex shrink-0 items-center justify-center rounded-md text-white/90 shadow-xs', className)}
      style={{ backgroundImage: `linear-gradient(135deg, oklch(0.64 0.17 ${from}), oklch(0.46 0.17 ${to}))` }}
    >
      <Music className={cn('size-4', iconClassName)} />
    </span>
  );
}
