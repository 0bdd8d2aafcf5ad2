import Link from 'next/link';
import { Pencil, Sparkles, Trash2 } from 'lucide-react';
import type { Project, ProjectListItem, ProjectSummary } from '@/lib/schemas/project';
import { LocalTime } from '@/components/local-time';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/utils';

type Props = {
  project: ProjectListItem;
  onEdit: (project: Project) => void;
  onDelete: (project: Project) => void;
};

const COUNT_NOUNS: Array<[keyof ProjectSummary['assetCounts'], string, string]> = [
  ['image', 'image', 'images'],
  ['video', 'video', 'videos'],
  ['audio', 'audio file', 'audio files'],
  ['text', 'text', 'texts'],
];

/** "4 images · 1 video", or null for a project with nothing in it yet. */
export function describeCounts(counts: ProjectSummary['assetCounts']): string | null {
  const parts = COUNT_NOUNS.filter(([type]) => counts[type] > 0).map(([type, one, many]) => `${counts[type]} ${counts[type] === 1 ? one : many}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** The project's newest pictures as a small mosaic (decorative: the name is the link). */
function Covers({ covers }: { covers: ProjectSummary['covers'] }) {
  if (covers.length === 0) {
    return (
      <span className="flex size-16 shrink-0 items-center justify-center rounded-lg bg-accent text-accent-foreground sm:size-20">
        <Sparkles aria-hidden="true" className="size-5" />
      </span>
    );
  }
  return (
    <span
      className={cn(
        'grid size-16 shrink-0 gap-0.5 overflow-hidden rounded-lg bg-muted sm:size-20',
        covers.length > 1 && 'grid-cols-2',
        covers.length > 2 && 'grid-rows-2',
      )}
    >
      {covers.map((cover, index) => (
        // eslint-disable-next-line @next/next/no-img-element -- previews from our API, in a fixed box
        <img
          key={cover.assetId}
          src={`/api/assets/${cover.assetId}/preview`}
          alt=""
          loading="lazy"
          decoding="async"
          className={cn('size-full object-cover', covers.length > 2 && index === 0 && 'row-span-2')}
        />
      ))}
    </span>
  );
}

/** One row of the dashboard: the name links to the project; edit and delete act in place. */
export function ProjectCard({ project, onEdit, onDelete }: Props) {
  const counts = describeCounts(project.summary.assetCounts);
  return (
    <article className="group relative flex items-start gap-3 rounded-xl border bg-card p-4 shadow-xs transition-colors hover:border-primary/40">
      <Covers covers={project.summary.covers} />
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
          {counts ?? 'Nothing made yet'}
          <span aria-hidden="true"> · </span>
          {project.summary.lastGeneratedAt ? (
            <>
              Last generation <LocalTime iso={project.summary.lastGeneratedAt} format="relative" />
            </>
          ) : (
            <>
              Updated <LocalTime iso={project.updatedAt} format="relative" />
            </>
          )}
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
