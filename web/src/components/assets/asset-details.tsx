'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { Copy } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import type { Generation } from '@/lib/schemas/generation';
import { Skeleton } from '@/components/ui/skeleton';
import { LocalTime } from '@/components/local-time';
import { assetTitle, formatBytes, formatCost, formatSpoken, humanize } from '@/components/studio/format';
import { parameterLabel } from '@/components/studio/schema-fields';
import { remixPath } from '@/components/studio/studio-tabs';
import { useAnnounce } from '@/hooks/use-announce';
import { useCatalog } from '@/hooks/use-catalog';
import { useGenerations } from '@/hooks/use-generations';
import { DeleteButton, DownloadLink, FavoriteButton, RemixLink, ShareButton } from './asset-actions';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_minmax(0,1fr)] gap-2 py-1.5">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function parameterValue(name: string, value: unknown): string {
  if (typeof value === 'string') return /^[a-z][a-z-]*$/.test(value) && name !== 'voice' ? humanize(value) : value;
  if (typeof value === 'number' && /seconds$/i.test(name)) return `${value} s`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The generation behind an asset, loaded once per asset. */
function useGenerationOf(asset: Asset): { generation: Generation | null; loading: boolean } {
  const { getGeneration } = useGenerations();
  const [loaded, setLoaded] = useState<{ id: string; generation: Generation | null } | null>(null);
  useEffect(() => {
    if (!asset.generationId) return;
    let current = true;
    void getGeneration(asset.generationId).then((generation) => {
      if (current) setLoaded({ id: asset.id, generation });
    });
    return () => {
      current = false;
    };
  }, [asset.generationId, asset.id, getGeneration]);
  if (!asset.generationId) return { generation: null, loading: false };
  return loaded?.id === asset.id ? { generation: loaded.generation, loading: false } : { generation: null, loading: true };
}

/**
 * Everything about an asset: prompt, provider, model, parameters, estimated against actual
 * cost, how long it took, and the actions (favourite, download, share, remix, delete).
 */
export function AssetDetails({ asset, headingId, onBeforeDelete }: { asset: Asset; headingId: string; onBeforeDelete: () => void }) {
  const catalog = useCatalog();
  const announce = useAnnounce();
  const { projectId } = useGenerations();
  const { generation, loading } = useGenerationOf(asset);
  const found = generation ? catalog.findModel(generation.provider, generation.model) : null;
  const took =
    generation?.startedAt && generation.finishedAt ? (Date.parse(generation.finishedAt) - Date.parse(generation.startedAt)) / 1000 : null;
  const title = assetTitle(asset.name);

  async function copyPrompt() {
    if (!generation) return;
    try {
      await navigator.clipboard.writeText(generation.prompt);
      announce('Prompt copied.');
    } catch {
      announce('Could not copy: select the prompt and copy it.');
    }
  }

  return (
    <div className="grid gap-4 p-4 sm:p-5">
      <div>
        <h2 id={headingId} className="break-words text-base font-semibold leading-snug">
          {title}
        </h2>
        <p className="mt-1 text-xs text-muted-foreground">
          {humanize(asset.type)} · <LocalTime iso={asset.createdAt} />
        </p>
      </div>
      <div className="flex flex-wrap gap-1.5" data-testid="asset-actions">
        <FavoriteButton asset={asset} size="sm" className="border" />
        <DownloadLink asset={asset} size="sm" className="border" />
        <ShareButton asset={asset} size="sm" className="border" />
        {generation ? (
          <RemixLink href={remixPath(projectId, generation.generationType, generation.id)} label={title} size="sm" className="border" />
        ) : null}
        <DeleteButton asset={asset} size="sm" className="border" onBeforeDelete={onBeforeDelete} />
      </div>

      {loading ? (
        <div className="grid gap-2" aria-hidden="true">
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ) : generation ? (
        <section aria-label="Prompt" className="grid gap-1.5">
          <div className="flex items-center justify-between">
            <h3 className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Prompt</h3>
            <button
              type="button"
              onClick={copyPrompt}
              className="inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-xs text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            >
              <Copy aria-hidden="true" className="size-3" />
              Copy
            </button>
          </div>
          <p className="max-h-48 overflow-y-auto whitespace-pre-line break-words rounded-lg bg-muted/50 p-3 text-sm">{generation.prompt}</p>
        </section>
      ) : null}

      <dl className="divide-y text-sm">
        {generation ? (
          <>
            <Row term="Provider">{found?.provider.name ?? generation.provider}</Row>
            <Row term="Model">{found && !found.model.freeModelName ? found.model.name : generation.model}</Row>
            {Object.entries(generation.parameters).map(([name, value]) => (
              <Row key={name} term={parameterLabel(name)}>
                {parameterValue(name, value)}
              </Row>
            ))}
            <Row term="Estimated cost">{formatCost(generation.estimatedCostUsd)}</Row>
            <Row term="Actual cost">{formatCost(generation.actualCostUsd)}</Row>
            {took !== null ? <Row term="Took">{formatSpoken(took)}</Row> : null}
          </>
        ) : null}
        {asset.durationSeconds ? <Row term="Length">{formatSpoken(asset.durationSeconds)}</Row> : null}
        {asset.width && asset.height ? (
          <Row term="Dimensions">
            {asset.width} × {asset.height} px
          </Row>
        ) : null}
        <Row term="File">
          {asset.mimeType} · {formatBytes(asset.bytes)}
        </Row>
      </dl>
    </div>
  );
}
