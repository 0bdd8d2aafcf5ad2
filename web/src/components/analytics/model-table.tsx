'use client';

import { useState } from 'react';
import { ArrowDown } from 'lucide-react';
import type { Analytics } from '@/lib/schemas/analytics';
import { cn } from '@/components/ui/utils';
import { formatCount, formatLatency, formatPercent, formatUsd } from './analytics-format';

type ModelRow = Analytics['byModel'][number];
type SortKey = 'spend' | 'generations';

/** Display names from the catalog: providers by id, models by `provider/model`. */
export type CatalogNames = { providers: Record<string, string>; models: Record<string, string> };

const TYPE_NAMES: Record<string, string> = { text: 'Text', image: 'Image', video: 'Video', audio: 'Audio', music: 'Music' };

function compare(sort: SortKey) {
  return (a: ModelRow, b: ModelRow) =>
    sort === 'spend'
      ? b.spentUsd - a.spentUsd || b.unknownCost - a.unknownCost || b.generations - a.generations
      : b.generations - a.generations || b.spentUsd - a.spentUsd;
}

function SortHeader({ label, sortKey, sort, onSort }: { label: string; sortKey: SortKey; sort: SortKey; onSort: (key: SortKey) => void }) {
  const active = sort === sortKey;
  return (
    <th scope="col" aria-sort={active ? 'descending' : 'none'} className="px-3 py-2 text-right font-medium">
      {/* The column's aria-sort tells a screen reader the order; the button's name stays the column's. */}
      <button
        type="button"
        title={`Sort by ${label.toLowerCase()}, most first`}
        onClick={() => onSort(sortKey)}
        className={cn(
          'inline-flex items-center gap-1 rounded-sm hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
          active && 'text-foreground',
        )}
      >
        {label}
        <ArrowDown aria-hidden="true" className={cn('size-3.5', !active && 'opacity-0')} />
      </button>
    </th>
  );
}

/** Every provider and model used in the range, sortable by spend or by generations. */
export function ModelTable({ models, names }: { models: ModelRow[]; names: CatalogNames }) {
  const [sort, setSort] = useState<SortKey>('spend');
  const rows = [...models].sort(compare(sort));
  return (
    <section aria-labelledby="analytics-models-heading" className="min-w-0 rounded-xl border bg-card shadow-xs">
      <h2 id="analytics-models-heading" className="px-4 pt-4 font-semibold sm:px-5 sm:pt-5">
        By provider and model
      </h2>
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="By provider and model, scrollable">
        <table className="w-full min-w-[40rem] text-sm tabular-nums">
          <thead className="border-b text-muted-foreground">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium sm:pl-5">
                Model
              </th>
              <SortHeader label="Generations" sortKey="generations" sort={sort} onSort={setSort} />
              <SortHeader label="Spend" sortKey="spend" sort={sort} onSort={setSort} />
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Success
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium sm:pr-5">
                p50 / p95
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const finished = row.succeeded + row.failed;
              return (
                <tr key={`${row.provider}/${row.model}/${row.generationType}`} className="border-b last:border-b-0">
                  <th scope="row" className="px-3 py-2.5 text-left font-normal sm:pl-5">
                    <span className="block font-medium">{names.models[`${row.provider}/${row.model}`] ?? row.model}</span>
                    <span className="block text-xs text-muted-foreground">
                      {names.providers[row.provider] ?? row.provider} · {TYPE_NAMES[row.generationType] ?? row.generationType}
                    </span>
                  </th>
                  <td className="px-3 py-2.5 text-right">{formatCount(row.generations)}</td>
                  <td className="px-3 py-2.5 text-right">
                    {formatUsd(row.spentUsd)}
                    {row.unknownCost > 0 ? (
                      <span className="block text-xs text-amber-700 dark:text-amber-300">+ {formatCount(row.unknownCost)} unknown</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2.5 text-right">{formatPercent(finished === 0 ? null : row.succeeded / finished)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-right sm:pr-5">
                    {formatLatency(row.latencyP50Ms)} / {formatLatency(row.latencyP95Ms)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
