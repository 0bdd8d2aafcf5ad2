import Link from 'next/link';
import { Pencil, Trash2 } from 'lucide-react';
import type { Project } from '@/lib/schemas/project';
import { LocalTime } from '@/components/local-time';
import { Button } from '@/components/ui/button';

type Props = {
  project: Project;
  onEdit: (project: Project) => void;
  onDelete: (project: Project) => void;
};

/** One row of the dashboard: the name links to the project; edit and delete act in place. */
export function ProjectCard({ project, onEdit, onDelete }: Props) {
  return (
    <article className="group relative flex items-start gap-3 rounded-xl border bg-card p-4 shadow-xs transition-colors hover:border-primary/40">
      <div className="min-w-0 flex-1">
        <h3 className="font-medium leading-snug">
          <Link
            href={`/projects/${project.id}`}
            data-project-link={project.id}
            className="break-words rounded-sm hover:text-primary focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-card"
          >
            {project.name}
          </Link>
        </h3>
        {project.description ? (
          <p className="mt-1 line-clamp-2 break-words text-sm text-muted-foreground">{project.description}</p>
        ) : null}
        <p className="mt-2 text-xs text-muted-foreground">
          Updated <LocalTime iso={project.updatedAt} format="relative" />
        </p>
      </div>
      <div className="flex shrink-0 gap-1">
        <Button variant="ghost" size="icon" onClick={() => onEdit(project)} aria-label={`Edit ${project.name}`} title="Edit">
          <Pencil aria-hidden="true" />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          onClick={() => onDelete(project)}
          aria-label={`Delete ${project.name}`}
          title="Delete"
          className="hover:bg-destructive/10 hover:text-destructive"
        >
          <Trash2 aria-hidden="true" />
        </Button>
      </div>
    </article>
  );
}
