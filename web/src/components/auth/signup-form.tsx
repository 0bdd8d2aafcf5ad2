'use client';

import { useRef, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { formErrors, useApiRequest } from '@/hooks/use-api-request';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';

const FIELDS = ['displayName', 'email', 'password'] as const;

export function SignupForm({ next }: { next: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { send, pending, error } = useApiRequest();
  const [navigating, startNavigation] = useTransition();
  const { fieldErrors, formError } = formErrors(error, FIELDS, { email_taken: 'email' });
  useFocusFirstInvalid(formRef, error);
  const busy = pending || navigating;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    const displayName = String(form.get('displayName') ?? '').trim();
    const result = await send('/api/auth/signup', {
      method: 'POST',
      body: {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        ...(displayName ? { displayName } : {}),
      },
    });
    if (!result.ok) return;
    startNavigation(() => {
      router.push(next);
      router.refresh();
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormError message={formError} />
      <Field name="displayName" label="Name" optional error={fieldErrors.displayName}>
        {(control) => <Input {...control} autoComplete="name" maxLength={100} />}
      </Field>
      <Field name="email" label="Email" error={fieldErrors.email}>
        {(control) => <Input {...control} type="email" autoComplete="email" required />}
      </Field>
      <Field name="password" label="Password" hint="At least 8 characters." error={fieldErrors.password}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" required minLength={8} />}
      </Field>
      <Button type="submit" pending={busy} className="w-full">
        {busy ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
