import Link from 'next/link';
import { ChartNoAxesColumn } from 'lucide-react';
import { formatUsd } from '@/components/settings/format-usd';
import { Progress } from '@/components/ui/progress';

const linkClass =
  'inline-flex items-center gap-1 rounded-sm font-medium text-primary underline-offset-4 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-card';

/** The dashboard's line on money: this month's spend, against the budget when there is one. */
export function MonthSpend({ spentUsd, budgetUsd }: { spentUsd: number; budgetUsd: number | null }) {
  const share = budgetUsd ? Math.min(100, (spentUsd / budgetUsd) * 100) : null;
  return (
    <section aria-labelledby="month-spend-heading" className="mb-8 rounded-xl border bg-card p-4 shadow-xs sm:flex sm:items-center sm:gap-6">
      <div className="min-w-0 flex-1">
        <h2 id="month-spend-heading" className="text-sm font-medium text-muted-foreground">
          Spent this month
        </h2>
        <p className="mt-0.5 text-lg font-semibold tabular-nums">
          {formatUsd(spentUsd)}
          {budgetUsd !== null ? <span className="text-sm font-normal text-muted-foreground"> of {formatUsd(budgetUsd)} budget</span> : null}
        </p>
        {share !== null ? (
          <Progress value={share} aria-label="Share of the monthly budget spent" className={share >= 90 ? 'mt-2 [&>div]:bg-destructive' : 'mt-2'} />
        ) : null}
      </div>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm sm:mt-0">
        <Link href="/analytics" className={linkClass}>
          <ChartNoAxesColumn aria-hidden="true" className="size-4" />
          See analytics
        </Link>
        <Link href="/settings/budget" className={linkClass}>
          {budgetUsd === null ? 'Set a budget' : 'Change the budget'}
        </Link>
      </p>
    </section>
  );
}
