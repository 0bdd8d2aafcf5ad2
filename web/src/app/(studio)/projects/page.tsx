import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { getUserBudget } from '@/lib/db/queries/budgets';
import { getMonthSpend } from '@/lib/db/queries/generations';
import { listProjects } from '@/lib/db/queries/projects';
import { withUser } from '@/lib/db/with-user';
import { MonthSpend } from '@/components/projects/month-spend';
import { ProjectDashboard } from '@/components/projects/project-dashboard';

export const metadata: Metadata = { title: 'Projects' };

const PAGE_SIZE = 20;

export default async function ProjectsPage() {
  const user = await requireUser('/projects');
  const { firstPage, spentUsd, budgetUsd } = await withUser(user.id, async (tx) => ({
    firstPage: await listProjects(tx, { limit: PAGE_SIZE }),
    spentUsd: await getMonthSpend(tx, {}),
    budgetUsd: await getUserBudget(tx),
  }));
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6 sm:py-10">
      <div className="mb-8">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Projects</h1>
        <p className="mt-1 text-sm text-muted-foreground">Each project holds the prompts, generations and files of one piece of work.</p>
      </div>
      <MonthSpend spentUsd={spentUsd} budgetUsd={budgetUsd} />
      <ProjectDashboard firstPage={firstPage} pageSize={PAGE_SIZE} />
    </div>
  );
}
