'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { FolderPlus } from 'lucide-react';
import type { Project, ProjectListItem } from '@/lib/schemas/project';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { useAnnounce } from '@/hooks/use-announce';
import { useApiRequest } from '@/hooks/use-api-request';
import { CreateProjectForm } from './create-project-form';
import { DeleteProjectDialog } from './delete-project-dialog';
import { EditProjectDialog } from './edit-project-dialog';
import { ProjectCard } from './project-card';

type Page = { items: ProjectListItem[]; nextCursor: string | null };

/** Newest first, as the API orders them; where both lists know a project, the later edit wins. */
function mergeProjects(first: ProjectListItem[], more: ProjectListItem[]): ProjectListItem[] {
  const byId = new Map<string, ProjectListItem>();
  for (const project of [...first, ...more]) {
    const known = byId.get(project.id);
    if (!known || known.updatedAt < project.updatedAt) byId.set(project.id, project);
  }
  return [...byId.values()].sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
  );
}

type Props = {
  /** The first page, rendered on the server; router.refresh() brings a new one after each change. */
  firstPage: Page;
  pageSize: number;
};

/**
 * The dashboard: the create form and the list. Pages loaded with "Load more" are kept here
 * and merged with the server's fresh first page, so a refresh does not lose them.
 */
export function ProjectDashboard({ firstPage, pageSize }: Props) {
  const announce = useAnnounce();
  const [more, setMore] = useState<Page | null>(null);
  const [editing, setEditing] = useState<Project | null>(null);
  const [deleting, setDeleting] = useState<Project | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const loader = useApiRequest();

  const projects = useMemo(() => mergeProjects(firstPage.items, more?.items ?? []), [firstPage.items, more]);
  const nextCursor = more ? more.nextCursor : firstPage.nextCursor;

  useEffect(() => {
    if (!focusId) return;
    listRef.current?.querySelector<HTMLElement>(`[data-project-link="${focusId}"]`)?.focus();
  }, [focusId, projects]);

  function onCreated() {
    // The new project pushes the first page's last one onto page two; keep it in view.
    setMore((previous) => previous && { ...previous, items: [...firstPage.items, ...previous.items] });
  }

  function onSaved(project: Project) {
    setMore((previous) => previous && { ...previous, items: previous.items.map((item) => (item.id === project.id ? { ...item, ...project } : item)) });
  }

  function onDeleted(project: Project) {
    setMore((previous) => previous && { ...previous, items: previous.items.filter((item) => item.id !== project.id) });
  }

  async function loadMore() {
    if (!nextCursor || loader.pending) return;
    const result = await loader.send<Page>(`/api/projects?limit=${pageSize}&cursor=${encodeURIComponent(nextCursor)}`);
    if (!result.ok) return;
    const page = result.data;
    setMore((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
    setFocusId(page.items[0]?.id ?? null);
    announce(page.items.length === 1 ? 'Loaded 1 more project.' : `Loaded ${page.items.length} more projects.`);
  }

  return (
    <div className="grid items-start gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <section aria-labelledby="new-project-heading" className="rounded-xl border bg-card p-5 shadow-xs lg:sticky lg:top-20">
        <h2 id="new-project-heading" className="mb-4 font-semibold">
          New project
        </h2>
        <CreateProjectForm onCreated={onCreated} />
      </section>

      <section aria-labelledby="project-list-heading" className="min-w-0">
        <h2 id="project-list-heading" ref={headingRef} tabIndex={-1} className="mb-4 font-semibold focus:outline-none">
          Your projects
        </h2>
        {projects.length === 0 ? (
          <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-12 text-center">
            <span className="mb-3 flex size-11 items-center justify-center rounded-full bg-accent text-accent-foreground">
              <FolderPlus aria-hidden="true" className="size-5" />
            </span>
            <p className="font-medium">No projects yet</p>
            <p className="mt-1 max-w-sm text-sm text-muted-foreground">
              A project keeps the prompts, generations and files of one piece of work together. Name your first one in the
              New project form to get started.
            </p>
          </div>
        ) : (
          <ul ref={listRef} className="grid gap-3">
            {projects.map((project) => (
              <li key={project.id}>
                <ProjectCard project={project} onEdit={setEditing} onDelete={setDeleting} />
              </li>
            ))}
          </ul>
        )}
        {nextCursor ? (
          <div className="mt-4 grid justify-items-center gap-2">
            <FormError message={loader.error?.message} />
            <Button variant="outline" onClick={loadMore} pending={loader.pending}>
              {loader.pending ? 'Loading…' : 'Load more projects'}
            </Button>
          </div>
        ) : null}
      </section>

      <EditProjectDialog project={editing} onClose={() => setEditing(null)} onSaved={onSaved} />
      <DeleteProjectDialog
        project={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={onDeleted}
        onClosed={(deleted) => {
          // The row and its Delete button are gone: continue from the list's heading.
          if (deleted) headingRef.current?.focus();
        }}
      />
    </div>
  );
}
