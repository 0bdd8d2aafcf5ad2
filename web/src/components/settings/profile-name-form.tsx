'use client';

import { useRef, useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { User } from '@/lib/schemas/auth';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useAnnounce } from '@/hooks/use-announce';
import { formErrors, useApiRequest } from '@/hooks/use-api-request';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';

const FIELD = 'displayName';
const MAX_LENGTH = 100;

/** The API names the field as its JSON does; under the field, people read words. */
function inWords(message: string | undefined): string | undefined {
  return message?.replace(/^displayName\b/i, 'The name');
}

/** The account's name (shown in the header) and its email address, which cannot be changed. */
export function ProfileNameForm({ user }: { user: User }) {
  const router = useRouter();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(user.displayName);
  const [inputError, setInputError] = useState<string | null>(null);
  const { send, pending, error, reset } = useApiRequest();
  const [refreshing, startRefresh] = useTransition();
  const server = formErrors(error, [FIELD]);
  const fieldError = inputError ?? inWords(server.fieldErrors[FIELD]);
  useFocusFirstInvalid(formRef, inputError ?? error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const displayName = name.trim();
    if (displayName === '') {
      reset();
      setInputError('Enter the name to show for your account.');
      return;
    }
    setInputError(null);
    const result = await send<{ user: User }>('/api/auth/me', { method: 'PATCH', body: { displayName } });
    if (!result.ok) return;
    setName(result.data.user.displayName);
    announce(`Name saved: ${result.data.user.displayName}.`);
    // The header is rendered on the server: fetch it again with the new name.
    startRefresh(() => router.refresh());
  }

  return (
    <section aria-labelledby="account-heading" className="grid gap-4 rounded-xl border bg-card p-5 shadow-xs">
      <h3 id="account-heading" className="text-base font-semibold">
        Account
      </h3>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4">
        <FormError message={inputError ? undefined : server.formError} />
        <Field
          name={FIELD}
          idPrefix="profile"
          label="Name"
          hint={`Shown in the header and to you only. Up to ${MAX_LENGTH} characters.`}
          error={fieldError}
        >
          {(control) => (
            <Input
              {...control}
              autoComplete="name"
              maxLength={MAX_LENGTH}
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setInputError(null);
              }}
              className="max-w-md"
            />
          )}
        </Field>
        <div>
          <Button type="submit" pending={pending || refreshing}>
            Save name
          </Button>
        </div>
      </form>
      <dl className="grid gap-1.5 border-t pt-4">
        <dt className="text-sm font-medium">Email</dt>
        <dd className="break-all text-sm">{user.email}</dd>
        <dd className="text-xs text-muted-foreground">Your email address is how you log in; it cannot be changed here.</dd>
      </dl>
    </section>
  );
}
