'use client';

import Link from 'next/link';
import { CircleSlash, Copy, KeyRound, RotateCcw, TriangleAlert, WandSparkles } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import type { Generation } from '@/lib/schemas/generation';
import { Button, buttonVariants } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { LocalTime } from '@/components/local-time';
import { useAnnounce } from '@/hooks/use-announce';
import { useCatalog } from '@/hooks/use-catalog';
import { isActive } from './generations-provider';
import { GenerationProgress } from './generation-progress';
import { GenerationOutputs, PendingMedia } from './generation-outputs';
import { formatCost, humanize } from './format';
import { addKeyPath } from './model-picker';

/** The settings worth seeing at a glance: "Jazz · Calm · 45 s", "1024 × 576". */
export function summarizeParameters(parameters: Record<string, unknown>): string[] {
  const parts: string[] = [];
  const { width, height, durationSeconds, seed, ...rest } = parameters;
  if (typeof width === 'number' && typeof height === 'number') parts.push(`${width} × ${height}`);
  for (const [name, value] of Object.entries(rest)) {
    if (typeof value === 'string' && value.length <= 24) parts.push(name === 'voice' ? `Voice ${value.length <= 4 ? value.toUpperCase() : value}` : value.includes(':') || /^\d+x\d+$/.test(value) ? value : humanize(value));
    else if (typeof value === 'number' && name === 'rate') parts.push(`${value}× speed`);
  }
  if (typeof durationSeconds === 'number') parts.push(`${Math.round(durationSeconds * 10) / 10} s`);
  if (typeof seed === 'number') parts.push(`Seed ${seed}`);
  return parts;
}

type Props = {
  generation: Generation;
  assets: Readonly<Record<string, Asset>>;
  hidden: ReadonlySet<string>;
  /** Fills the form with this generation's prompt and settings. */
  onRemix: (generation: Generation) => void;
  /** Runs the same request again. */
  onRetry: (generation: Generation) => void;
  onOpenImage?: (asset: Asset) => void;
  /** The newest card of the feed: its image is fetched first. */
  priority?: boolean;
};

/** One generation in a studio tab's feed: its prompt and settings, then progress, error or results. */
export function GenerationCard({ generation, assets, hidden, onRemix, onRetry, onOpenImage, priority = false }: Props) {
  const catalog = useCatalog();
  const announce = useAnnounce();
  const found = catalog.findModel(generation.provider, generation.model);
  const modelName = found?.model.freeModelName ? generation.model : (found?.model.name ?? generation.model);
  const providerName = found?.provider.name ?? generation.provider;
  const active = isActive(generation);
  const promptId = `generation-${generation.id}-prompt`;
  const cost =
    generation.status === 'succeeded' && generation.actualCostUsd !== null
      ? formatCost(generation.actualCostUsd)
      : `${formatCost(generation.estimatedCostUsd)}${generation.estimatedCostUsd ? ' estimated' : ''}`;
  const outputs = generation.assetIds.map((id) => assets[id]).filter((asset): asset is Asset => Boolean(asset) && !hidden.has(asset!.id));
  const allDeleted = generation.assetIds.length > 0 && generation.assetIds.every((id) => hidden.has(id));
  const keyProblem = generation.error && /key|auth|credential/i.test(`${generation.error.code} ${generation.error.message}`);

  async function copyPrompt() {
    try {
      await navigator.clipboard.writeText(generation.prompt);
      announce('Prompt copied.');
    } catch {
      announce('Could not copy: select the prompt and copy it.');
    }
  }

  return (
    <article
      aria-labelledby={promptId}
      data-testid="generation"
      data-generation-id={generation.id}
      data-status={generation.status}
      className="grid gap-3 rounded-xl border bg-card p-4 shadow-xs"
    >
      <header className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p id={promptId} className="line-clamp-3 whitespace-pre-line break-words text-sm font-medium" title={generation.prompt}>
            {generation.prompt}
          </p>
          <p className="mt-1.5 flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs text-muted-foreground">
            <span>{modelName}</span>
            <span aria-hidden="true">·</span>
            <span>{providerName}</span>
            <span aria-hidden="true">·</span>
            <LocalTime iso={generation.createdAt} format="relative" />
            <span aria-hidden="true">·</span>
            <span>{cost}</span>
          </p>
          {summarizeParameters(generation.parameters).length > 0 ? (
            <ul className="mt-2 flex flex-wrap gap-1" aria-label="Settings">
              {summarizeParameters(generation.parameters).map((part) => (
                <li key={part} className="rounded-full bg-muted px-2 py-0.5 text-xs text-muted-foreground">
                  {part}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="flex shrink-0 gap-0.5">
          <button
            type="button"
            onClick={copyPrompt}
            aria-label="Copy the prompt"
            title="Copy the prompt"
            className={buttonVariants({ variant: 'ghost', size: 'icon', className: 'size-8' })}
          >
            <Copy aria-hidden="true" />
          </button>
          <button
            type="button"
            onClick={() => onRemix(generation)}
            aria-label="Remix: use these settings"
            title="Remix: use these settings"
            className={buttonVariants({ variant: 'ghost', size: 'icon', className: 'size-8' })}
          >
            <WandSparkles aria-hidden="true" />
          </button>
        </div>
      </header>

      {active ? (
        <>
          <GenerationProgress generation={generation} />
          {generation.generationType === 'text' && generation.outputText ? (
            <Markdown className="rounded-lg bg-muted/40 p-3">{generation.outputText}</Markdown>
          ) : (
            <PendingMedia generation={generation} />
          )}
        </>
      ) : null}

      {generation.status === 'failed' ? (
        <div className="grid gap-3 rounded-lg border border-destructive/40 bg-destructive/10 p-3 text-sm" data-testid="generation-error">
          <p className="flex gap-2 text-destructive">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>{generation.error?.message ?? 'The generation failed.'}</span>
          </p>
          <div className="flex flex-wrap gap-2">
            <Button size="sm" variant="outline" onClick={() => onRetry(generation)}>
              <RotateCcw aria-hidden="true" />
              Try again
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onRemix(generation)}>
              Change the settings
            </Button>
            {keyProblem ? (
              <Link href={addKeyPath(generation.provider)} className={buttonVariants({ size: 'sm', variant: 'ghost' })}>
                <KeyRound aria-hidden="true" />
                Check your keys
              </Link>
            ) : null}
          </div>
        </div>
      ) : null}

      {generation.status === 'canceled' ? (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-muted/50 p-3 text-sm text-muted-foreground">
          <span className="inline-flex items-center gap-2">
            <CircleSlash aria-hidden="true" className="size-4" />
            Cancelled.
          </span>
          <Button size="sm" variant="outline" onClick={() => onRetry(generation)}>
            <RotateCcw aria-hidden="true" />
            Run again
          </Button>
        </div>
      ) : null}

      {generation.status === 'succeeded' ? (
        allDeleted ? (
          <p className="text-sm text-muted-foreground">The result was deleted.</p>
        ) : (
          <GenerationOutputs generation={generation} outputs={outputs} onOpenImage={onOpenImage} priority={priority} />
        )
      ) : null}
    </article>
  );
}
