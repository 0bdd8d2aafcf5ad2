import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { listProjects } from '@/lib/db/queries/projects';
import { withUser } from '@/lib/db/with-user';
import { providers } from '@/lib/providers/registry';
import { analyticsQuerySchema } from '@/lib/schemas/analytics';
import { AnalyticsDashboard } from '@/components/analytics/analytics-dashboard';

export const metadata: Metadata = { title: 'Analytics' };

// The project filter lists this many; a project beyond them still works through ?projectId=.
const PROJECT_LIMIT = 100;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function AnalyticsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/analytics');
  const params = await searchParams;
  // A range or project the API would refuse falls back to the default view instead of an error page.
  const parsed = analyticsQuerySchema.safeParse({ from: single(params.from), to: single(params.to), projectId: single(params.projectId) });
  const query = parsed.success ? parsed.data : analyticsQuerySchema.parse({});
  const projects = await withUser(user.id, (tx) => listProjects(tx, { limit: PROJECT_LIMIT }));
  const names = {
    providers: Object.fromEntries(providers.map((provider) => [provider.id, provider.name])),
    models: Object.fromEntries(providers.flatMap((provider) => provider.models.map((model) => [`${provider.id}/${model.id}`, model.name]))),
  };
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <div className="mb-6 sm:mb-8">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Analytics</h1>
        <p className="mt-1 text-sm text-muted-foreground">What your generations cost, how many succeeded and how long they took.</p>
      </div>
      <AnalyticsDashboard
        initialFilters={{ from: query.from, to: query.to, projectId: query.projectId ?? null }}
        projects={projects.items.map((project) => ({ id: project.id, name: project.name }))}
        names={names}
      />
    </div>
  );
}
