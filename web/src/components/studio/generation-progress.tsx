'use client';

import { LoaderCircle, Square } from 'lucide-react';
import type { Generation } from '@/lib/schemas/generation';
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import { useGenerations } from '@/hooks/use-generations';
import { useTicker } from '@/hooks/use-ticker';
import { estimateSecondsLeft } from './eta';
import { formatClock, formatEta, promptTitle } from './format';

/** A run in progress: what it is doing, a bar, time so far and left, and Cancel. */
export function GenerationProgress({ generation }: { generation: Generation }) {
  const { cancel, typicalSeconds } = useGenerations();
  const now = useTicker(true);
  const since = generation.startedAt ?? generation.createdAt;
  const elapsed = now === null ? 0 : Math.max(0, (now - Date.parse(since)) / 1000);
  const left = estimateSecondsLeft(generation, elapsed, typicalSeconds(generation));
  const percent = generation.progress === null ? null : Math.round(generation.progress * 100);
  const label = generation.status === 'queued' ? 'Waiting to start' : percent === null ? 'Generating…' : `Generating… ${percent}%`;
  const title = promptTitle(generation.prompt, 60);
  return (
    <div className="grid gap-2" data-testid="generation-progress">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-xs">
        <span className="inline-flex items-center gap-1.5 font-medium">
          <LoaderCircle aria-hidden="true" className="size-3.5 animate-spin text-primary" />
          {label}
        </span>
        <span className="tabular-nums text-muted-foreground">
          {formatClock(elapsed)} elapsed{left !== null ? ` · ${formatEta(left)}` : ''}
        </span>
      </div>
      <div className="flex items-center gap-3">
        <Progress
          value={percent}
          aria-label={`Progress of “${title}”`}
          aria-valuetext={percent === null ? label : `${percent}%`}
          className="flex-1"
        />
        <Button variant="outline" size="sm" onClick={() => void cancel(generation.id)} aria-label={`Cancel “${title}”`} className="h-8">
          <Square aria-hidden="true" className="fill-current" />
          Cancel
        </Button>
      </div>
    </div>
  );
}
