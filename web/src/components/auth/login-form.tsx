'use client';

import { useRef, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { formErrors, useApiRequest } from '@/hooks/use-api-request';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';

const FIELDS = ['email', 'password'] as const;

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { send, pending, error } = useApiRequest();
  const [navigating, startNavigation] = useTransition();
  const { fieldErrors, formError } = formErrors(error, FIELDS);
  useFocusFirstInvalid(formRef, error);
  const busy = pending || navigating;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    const result = await send('/api/auth/login', {
      method: 'POST',
      body: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
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
      <Field name="email" label="Email" error={fieldErrors.email}>
        {(control) => <Input {...control} type="email" autoComplete="email" required />}
      </Field>
      <Field name="password" label="Password" error={fieldErrors.password}>
        {(control) => <Input {...control} type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" pending={busy} className="w-full">
        {busy ? 'Logging in…' : 'Log in'}
      </Button>
    </form>
  );
}
