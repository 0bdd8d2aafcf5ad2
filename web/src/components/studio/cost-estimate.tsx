'use client';

import type { ReactNode } from 'react';
import { Info, LoaderCircle } from 'lucide-react';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { cn } from '@/components/ui/utils';
import type { CostEstimate, CostEstimateState } from '@/hooks/use-cost-estimate';
import { formatCost } from './format';

function Breakdown({ estimate, pricingUrl }: { estimate: CostEstimate; pricingUrl?: string }) {
  return (
    <Popover>
      <PopoverTrigger
        className="inline-flex size-6 items-center justify-center rounded-full text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        aria-label="How the price is worked out"
      >
        <Info aria-hidden="true" className="size-3.5" />
      </PopoverTrigger>
      <PopoverContent>
        <p className="mb-2 font-medium">How the price is worked out</p>
        {estimate.breakdown.length > 0 ? (
          <table className="w-full text-xs">
            <tbody>
              {estimate.breakdown.map((line) => (
                <tr key={line.item} className="align-top">
                  <th scope="row" className="py-0.5 pr-2 text-left font-normal text-muted-foreground">
                    {line.item}
                    <span className="block">
                      {line.quantity} × {formatCost(line.unitUsd)} per {line.unit}
                    </span>
                  </th>
                  <td className="py-0.5 text-right tabular-nums">{formatCost(line.usd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {estimate.note ? <p className="mt-2 text-xs text-muted-foreground">{estimate.note}</p> : null}
        {pricingUrl ? (
          <a href={pricingUrl} target="_blank" rel="noreferrer" className="mt-2 inline-block text-xs font-medium text-primary underline-offset-4 hover:underline">
            The provider’s pricing page
          </a>
        ) : null}
      </PopoverContent>
    </Popover>
  );
}

/**
 * The estimated price of the form, updated as it changes. A polite live region (not a
 * status role): screen readers hear the new price after a change, without interruption.
 */
export function CostEstimateView({ state, pricingUrl, className }: { state: CostEstimateState; pricingUrl?: string; className?: string }) {
  let content: ReactNode = null;
  if (state.status === 'loading') {
    content = (
      <>
        <LoaderCircle aria-hidden="true" className="size-3.5 animate-spin" />
        <span>{state.previous ? formatCost(state.previous.estimatedCostUsd) : 'Estimating…'}</span>
      </>
    );
  } else if (state.status === 'ready') {
    const { estimatedCostUsd } = state.estimate;
    content = (
      <>
        <span className="text-muted-foreground">Estimated cost</span>
        <span
          data-testid="cost-estimate"
          className={cn('font-medium tabular-nums', estimatedCostUsd === 0 && 'text-success', estimatedCostUsd === null && 'text-amber-700 dark:text-amber-300')}
        >
          {formatCost(estimatedCostUsd)}
        </span>
      </>
    );
  } else if (state.status === 'error') {
    content = <span className="text-destructive">{state.error.message}</span>;
  }
  return (
    <div className={cn('flex min-h-6 min-w-0 items-center gap-1', className)}>
      <div aria-live="polite" aria-atomic="true" className="flex min-w-0 flex-wrap items-center gap-1.5 text-sm">
        {content}
      </div>
      {state.status === 'ready' ? <Breakdown estimate={state.estimate} pricingUrl={pricingUrl} /> : null}
    </div>
  );
}
