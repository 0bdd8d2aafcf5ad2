'use client';

import { useRef } from 'react';
import { useRouter } from 'next/navigation';
import { Trash2 } from 'lucide-react';
import type { Project } from '@/lib/schemas/project';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { useAnnounce } from '@/hooks/use-announce';
import { useApiRequest } from '@/hooks/use-api-request';

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
  const deleted = useRef(false);
  const { send, pending, error, reset } = useApiRequest();

  function close() {
    reset();
    onClose();
  }

  async function confirm() {
    if (!project || pending) return;
    const result = await send(`/api/projects/${project.id}`, { method: 'DELETE' });
    // Someone (another tab) deleted it already: the outcome the user asked for.
    if (!result.ok && result.error.code !== 'not_found') return;
    deleted.current = true;
    onDeleted?.(project);
    close();
    announce(`Project “${project.name}” deleted.`);
    router.refresh();
  }

  return (
    <Dialog
      role="alertdialog"
      open={project !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      onClosed={() => {
        onClosed?.(deleted.current);
        deleted.current = false;
      }}
      busy={pending}
      title="Delete project?"
      description={
        project ? (
          <>
            <strong className="font-medium text-foreground">{project.name}</strong> and everything generated in it will be
            deleted. This cannot be undone.
          </>
        ) : null
      }
    >
      <div className="grid gap-4">
        <FormError message={error?.message} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="outline" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button variant="destructive" onClick={confirm} pending={pending}>
            {pending ? null : <Trash2 aria-hidden="true" />}
            Delete project
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
