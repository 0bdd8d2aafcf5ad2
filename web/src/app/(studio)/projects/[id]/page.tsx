import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArrowLeft } from 'lucide-react';
import { requireUser } from '@/lib/auth/current-user';
import { getProjectByIdOrThrow } from '@/lib/db/queries/projects';
import { withUser } from '@/lib/db/with-user';
import { AppError } from '@/lib/errors';
import { uuidSchema } from '@/lib/schemas/common';
import { LocalTime } from '@/components/local-time';
import { ProjectActions } from '@/components/projects/project-actions';

type Props = { params: Promise<{ id: string }> };

/**
 * The signed-in user's project, or the 404 page: a malformed id, a missing project and
 * another user's project (hidden by row-level security) all look the same.
 * Cached per request: generateMetadata and the page share one lookup.
 */
const loadProject = cache(async (id: string) => {
  const user = await requireUser(`/projects/${encodeURIComponent(id)}`);
  const parsed = uuidSchema.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return await withUser(user.id, (tx) => getProjectByIdOrThrow(tx, { id: parsed.data }));
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await loadProject((await params).id);
  return { title: project.name };
}

export default async function ProjectPage({ params }: Props) {
  const project = await loadProject((await params).id);
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
      <Link
        href="/projects"
        className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        All projects
      </Link>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-semibold tracking-tight sm:text-3xl">{project.name}</h1>
          <p className="mt-2 whitespace-pre-line break-words text-muted-foreground">
            {project.description || <span className="italic">No description yet.</span>}
          </p>
        </div>
        <ProjectActions project={project} />
      </div>
      <dl className="mt-8 grid gap-4 rounded-xl border bg-card p-5 text-sm shadow-xs sm:grid-cols-2">
        <div>
          <dt className="text-muted-foreground">Created</dt>
          <dd className="mt-0.5 font-medium">
            <LocalTime iso={project.createdAt} />
          </dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Last updated</dt>
          <dd className="mt-0.5 font-medium">
            <LocalTime iso={project.updatedAt} />
          </dd>
        </div>
      </dl>
    </div>
  );
}
