import type { ReactNode } from 'react';
import type { Analytics } from '@/lib/schemas/analytics';
import { formatCount, formatLatency, formatPercent, formatUsd, plural } from './analytics-format';

function Card({ title, value, children }: { title: string; value: ReactNode; children?: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col rounded-xl border bg-card p-4 shadow-xs sm:p-5">
      <dt className="text-sm font-medium text-muted-foreground">{title}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums tracking-tight sm:text-3xl">{value}</dd>
      {children ? <dd className="mt-1 text-xs text-muted-foreground">{children}</dd> : null}
    </div>
  );
}

/** Spend (never counting an unknown price as $0), generations, success rate and latency. */
export function SummaryCards({ totals }: { totals: Analytics['totals'] }) {
  const spendNote =
    totals.unknownCost > 0 ? (
      <span className="text-amber-700 dark:text-amber-400">
        {plural(totals.unknownCost, 'generation')} with unknown price not included
      </span>
    ) : totals.spentUsd === 0 ? (
      'Free: nothing was charged'
    ) : (
      'At the prices providers charged'
    );
  const statuses = [
    `${formatCount(totals.succeeded)} succeeded`,
    totals.failed > 0 ? `${formatCount(totals.failed)} failed` : null,
    totals.canceled > 0 ? `${formatCount(totals.canceled)} canceled` : null,
  ].filter(Boolean);
  return (
    <section aria-labelledby="analytics-summary-heading">
      <h2 id="analytics-summary-heading" className="sr-only">
        Summary
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        <Card title="Spend" value={formatUsd(totals.spentUsd)}>
          {spendNote}
        </Card>
        <Card title="Generations" value={formatCount(totals.generations)}>
          {statuses.join(' · ')}
        </Card>
        <Card title="Success rate" value={formatPercent(totals.successRate)}>
          {totals.successRate === null ? 'Nothing has finished yet' : 'Of the generations that finished'}
        </Card>
        <Card
          title="Latency"
          value={
            <>
              {formatLatency(totals.latencyP50Ms)}
              <span className="whitespace-nowrap text-base font-normal text-muted-foreground"> / {formatLatency(totals.latencyP95Ms)}</span>
            </>
          }
        >
          Median / 95th percentile
        </Card>
      </dl>
    </section>
  );
}
