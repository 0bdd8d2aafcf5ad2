'use client';

import { useRouter } from 'next/navigation';
import type { Project } from '@/lib/schemas/project';
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog';
import { useAnnounce } from '@/hooks/use-announce';

type Props = {
  /** The project to delete; null keeps the dialog closed. */
  project: Project | null;
  onClose: () => void;
  onDeleted?: (project: Project) => void;
  /** After the dialog has closed: `deleted` says whether the project is gone (its button with it). */
  onClosed?: (deleted: boolean) => void;
};

/** Asks before deleting a project, which also deletes everything generated in it. */
export function DeleteProjectDialog({ project, onClose, onDeleted, onClosed }: Props) {
  const router = useRouter();
  const announce = useAnnounce();
  return (
    <ConfirmDeleteDialog
      item={project}
      title="Delete project?"
      confirmLabel="Delete project"
      url={(item) => `/api/projects/${item.id}`}
      description={
        <>
          <strong className="font-medium text-foreground">{project?.name}</strong> and everything generated in it will be deleted.
          This cannot be undone.
        </>
      }
      onClose={onClose}
      onDeleted={(item) => {
        onDeleted?.(item);
        announce(`Project “${item.name}” deleted.`);
        router.refresh();
      }}
      onClosed={onClosed}
    />
  );
}
