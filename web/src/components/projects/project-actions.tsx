'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Pencil, Trash2 } from 'lucide-react';
import type { Project } from '@/lib/schemas/project';
import { Button } from '@/components/ui/button';
import { DeleteProjectDialog } from './delete-project-dialog';
import { EditProjectDialog } from './edit-project-dialog';

/** Edit and Delete on a project's own page; after deleting, back to the list. */
export function ProjectActions({ project }: { project: Project }) {
  const router = useRouter();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  return (
    <div className="flex gap-2">
      <Button variant="outline" size="sm" onClick={() => setDialog('edit')}>
        <Pencil aria-hidden="true" />
        Edit
      </Button>
      <Button
        variant="outline"
        size="sm"
        onClick={() => setDialog('delete')}
        className="text-destructive hover:bg-destructive/10 hover:text-destructive"
      >
        <Trash2 aria-hidden="true" />
        Delete
      </Button>
      <EditProjectDialog project={dialog === 'edit' ? project : null} onClose={() => setDialog(null)} />
      <DeleteProjectDialog
        project={dialog === 'delete' ? project : null}
        onClose={() => setDialog(null)}
        onDeleted={() => router.push('/projects')}
      />
    </div>
  );
}
