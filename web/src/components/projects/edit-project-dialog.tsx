'use client';

import { useRef, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Project } from '@/lib/schemas/project';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { useAnnounce } from '@/hooks/use-announce';
import { formErrors, useApiRequest } from '@/hooks/use-api-request';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';

const FIELDS = ['name', 'description'] as const;

type Props = {
  /** The project being edited; null keeps the dialog closed. */
  project: Project | null;
  onClose: () => void;
  onSaved?: (project: Project) => void;
};

/** Rename a project and change its description. */
export function EditProjectDialog({ project, onClose, onSaved }: Props) {
  const router = useRouter();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { send, pending, error, reset } = useApiRequest();
  const { fieldErrors, formError } = formErrors(error, FIELDS);
  useFocusFirstInvalid(formRef, error);

  function close() {
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!project || pending) return;
    const data = new FormData(event.currentTarget);
    const name = String(data.get('name') ?? '');
    const description = String(data.get('description') ?? '');
    if (name.trim() === project.name && description.trim() === project.description) {
      close();
      return;
    }
    const result = await send<{ project: Project }>(`/api/projects/${project.id}`, {
      method: 'PATCH',
      body: { name, description },
    });
    if (!result.ok) return;
    const saved = result.data.project;
    onSaved?.(saved);
    close();
    announce(saved.name === project.name ? `Project “${saved.name}” updated.` : `Project renamed to “${saved.name}”.`);
    router.refresh();
  }

  return (
    <Dialog
      open={project !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      busy={pending}
      title="Edit project"
      description="Rename the project or change its description."
    >
      {project ? (
        <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4">
          <FormError message={formError} />
          <Field name="name" idPrefix="edit-project" label="Name" error={fieldErrors.name}>
            {(control) => <Input {...control} defaultValue={project.name} required maxLength={100} autoComplete="off" />}
          </Field>
          <Field name="description" idPrefix="edit-project" label="Description" optional error={fieldErrors.description}>
            {(control) => <Textarea {...control} defaultValue={project.description} maxLength={2000} rows={4} />}
          </Field>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="outline" onClick={close} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending}>
              Save changes
            </Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
