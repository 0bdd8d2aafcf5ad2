'use client';

import { useRef, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Plus } from 'lucide-react';
import type { Project } from '@/lib/schemas/project';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { useAnnounce } from '@/hooks/use-announce';
import { formErrors, useApiRequest } from '@/hooks/use-api-request';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';

const FIELDS = ['name', 'description'] as const;

export function CreateProjectForm({ onCreated }: { onCreated?: (project: Project) => void }) {
  const router = useRouter();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { send, pending, error } = useApiRequest();
  const { fieldErrors, formError } = formErrors(error, FIELDS);
  useFocusFirstInvalid(formRef, error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const description = String(data.get('description') ?? '').trim();
    const result = await send<{ project: Project }>('/api/projects', {
      method: 'POST',
      body: { name: String(data.get('name') ?? ''), ...(description ? { description } : {}) },
    });
    if (!result.ok) return;
    form.reset();
    form.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
    onCreated?.(result.data.project);
    announce(`Project “${result.data.project.name}” created.`);
    router.refresh();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormError message={formError} />
      <Field name="name" idPrefix="new-project" label="Name" error={fieldErrors.name}>
        {(control) => <Input {...control} required maxLength={100} placeholder="e.g. Product launch" autoComplete="off" />}
      </Field>
      <Field name="description" idPrefix="new-project" label="Description" optional error={fieldErrors.description}>
        {(control) => <Textarea {...control} maxLength={2000} rows={3} placeholder="What is this project for?" />}
      </Field>
      <Button type="submit" pending={pending}>
        {pending ? null : <Plus aria-hidden="true" />}
        Create project
      </Button>
    </form>
  );
}
