import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requireUser } from '@/lib/auth/current-user';
import { getProjectByIdOrThrow } from '@/lib/db/queries/projects';
import { withUser } from '@/lib/db/with-user';
import { AppError } from '@/lib/errors';
import { uuidSchema } from '@/lib/schemas/common';
import { StudioShell } from '@/components/studio/studio-shell';

type Props = { params: Promise<{ id: string }> };

/**
 * The signed-in user's project, or the 404 page: a malformed id, a missing project and
 * another user's project (hidden by row-level security) all look the same.
 * Cached per request: generateMetadata and the layout share one lookup.
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
  return { title: { default: project.name, template: `%s · ${project.name} · MediaLab` } };
}

/** The studio of one project: every tab shares this layout, so the player and live runs carry on between them. */
export default async function ProjectStudioLayout({ params, children }: Props & { children: ReactNode }) {
  const project = await loadProject((await params).id);
  return <StudioShell project={project}>{children}</StudioShell>;
}
