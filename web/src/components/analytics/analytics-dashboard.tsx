'use client';

import { useCallback, useEffect, useState } from 'react';
import Link from 'next/link';
import { ChartNoAxesColumn, TriangleAlert } from 'lucide-react';
import type { Analytics } from '@/lib/schemas/analytics';
import { Button, buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/studio/empty-state';
import { AnalyticsFiltersBar, type ProjectOption } from './analytics-filters';
import { formatDay, plural, type AnalyticsFilters } from './analytics-format';
import { AnalyticsSkeleton } from './analytics-skeleton';
import { DailyChart } from './daily-chart';
import { FailureList } from './failure-list';
import { ModelTable, type CatalogNames } from './model-table';
import { SummaryCards } from './summary-cards';

type Result = { key: string } & ({ status: 'ready'; data: Analytics } | { status: 'error'; message: string });

function queryOf(filters: AnalyticsFilters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.projectId) params.set('projectId', filters.projectId);
  return params.toString();
}

async function fetchAnalytics(query: string, signal: AbortSignal): Promise<Analytics> {
  const response = await fetch(`/api/analytics?${query}`, { signal, headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as (Analytics & { error?: { message?: string } }) | null;
  if (!response.ok || !body) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  return body;
}

/** The filters, kept in the address bar, and everything measured for them. */
export function AnalyticsDashboard({
  initialFilters,
  projects,
  names,
}: {
  initialFilters: AnalyticsFilters;
  projects: ProjectOption[];
  names: CatalogNames;
}) {
  const [filters, setFilters] = useState(initialFilters);
  const [result, setResult] = useState<Result | null>(null);
  const [attempt, setAttempt] = useState(0);
  const key = queryOf(filters);

  useEffect(() => {
    const controller = new AbortController();
    fetchAnalytics(key, controller.signal).then(
      (data) => setResult({ key, status: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ key, status: 'error', message: error instanceof Error ? error.message : 'The request failed.' });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const changeFilters = useCallback((next: AnalyticsFilters) => {
    setFilters(next);
    const url = new URL(window.location.href);
    url.search = queryOf(next);
    window.history.replaceState(window.history.state, '', url);
  }, []);

  const retry = () => {
    setResult(null);
    setAttempt((count) => count + 1);
  };

  const current = result?.key === key ? result : null;
  const projectName = filters.projectId ? (projects.find((project) => project.id === filters.projectId)?.name ?? 'this project') : null;
  const rangeText = `${formatDay(filters.from, true)} – ${formatDay(filters.to, true)}`;

  return (
    <div className="flex flex-col gap-6">
      <AnalyticsFiltersBar filters={filters} projects={projects} onChange={changeFilters} />
      <p aria-live="polite" className="sr-only">
        {current?.status === 'ready'
          ? `${plural(current.data.totals.generations, 'generation')} from ${rangeText}${projectName ? ` in ${projectName}` : ''}.`
          : ''}
      </p>
      <div aria-busy={!current} data-testid="analytics-results" className="flex min-w-0 flex-col gap-6">
        {!current ? (
          <AnalyticsSkeleton />
        ) : current.status === 'error' ? (
          <div role="alert" className="flex flex-col items-center rounded-xl border border-destructive/40 px-6 py-10 text-center">
            <TriangleAlert aria-hidden="true" className="mb-3 size-6 text-destructive" />
            <p className="font-medium">The analytics could not be loaded</p>
            <p className="mt-1 max-w-md text-sm text-muted-foreground">{current.message}</p>
            <Button variant="outline" className="mt-4" onClick={retry}>
              Try again
            </Button>
          </div>
        ) : current.data.totals.generations === 0 ? (
          <EmptyState
            icon={ChartNoAxesColumn}
            title="No generations in this range"
            action={
              <Link href="/projects" className={buttonVariants({ variant: 'outline' })}>
                Go to projects
              </Link>
            }
          >
            Nothing was generated {projectName ? `in ${projectName} ` : ''}from {rangeText}. Pick a longer range, or start something in a project.
          </EmptyState>
        ) : (
          <>
            <SummaryCards totals={current.data.totals} />
            <div className="grid min-w-0 gap-6 lg:grid-cols-2">
              <DailyChart days={current.data.spendByDay} measure="spend" />
              <DailyChart days={current.data.spendByDay} measure="generations" />
            </div>
            <ModelTable models={current.data.byModel} names={names} />
            <FailureList failures={current.data.failuresByReason} />
          </>
        )}
      </div>
    </div>
  );
}
