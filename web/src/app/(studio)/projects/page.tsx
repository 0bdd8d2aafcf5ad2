import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { listProjects } from '@/lib/db/queries/projects';
import { withUser } from '@/lib/db/with-user';
import { ProjectDashboard } from '@/components/projects/project-dashboard';

export const metadata: Metadata = { title: 'Projects' };

const PAGE_SIZE = 20;

export default async function ProjectsPage() {
  const user = await requireUser('/projects');
  const firstPage = await withUser(user.id, (tx) => listProjects(tx, { limit: PAGE_SIZE }));
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6 sm:py-10">
      <div className="mb-8">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Projects</h1>
        <p className="mt-1 text-sm text-muted-foreground">Each project holds the prompts, generations and files of one piece of work.</p>
      </div>
      <ProjectDashboard firstPage={firstPage} pageSize={PAGE_SIZE} />
    </div>
  );
}
