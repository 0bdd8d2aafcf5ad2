'use client';

import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { useAnnounce } from '@/hooks/use-announce';
import { formErrors, useApiRequest } from '@/hooks/use-api-request';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { PasswordInput } from '@/components/ui/password-input';

const MIN_LENGTH = 8;
const MAX_LENGTH = 200;
const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type FieldName = (typeof FIELDS)[number];
type Values = Record<FieldName, string>;

const EMPTY: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };
/** A wrong current password answers 403 forbidden: it belongs under that field. */
const CODE_FIELDS = { forbidden: 'currentPassword' };

/** The API names fields as its JSON does ("newPassword must…"); under the field, people read words. */
function inWords(message: string | undefined): string | undefined {
  return message
    ?.replace(/^currentPassword\b/i, 'The current password')
    .replace(/^newPassword\b/i, 'The new password')
    .replace(/\bcurrentPassword\b/, 'the current one');
}

/** What is wrong with the form before it is sent, by field. */
function check(values: Values): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  if (values.currentPassword === '') problems.currentPassword = 'Enter your current password.';
  if (values.newPassword.length < MIN_LENGTH) problems.newPassword = `The new password must be at least ${MIN_LENGTH} characters.`;
  else if (values.newPassword.length > MAX_LENGTH) problems.newPassword = `The new password must be at most ${MAX_LENGTH} characters.`;
  else if (values.newPassword === values.currentPassword) problems.newPassword = 'The new password must differ from the current one.';
  if (!problems.newPassword && values.confirmPassword !== values.newPassword) {
    problems.confirmPassword = values.confirmPassword === '' ? 'Enter the new password again.' : 'The two new passwords do not match.';
  }
  return problems;
}

/**
 * Changes the password: the current one, the new one twice. Other devices are signed out;
 * this one stays signed in.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const { send, pending, error, reset } = useApiRequest();
  const server = formErrors(error, FIELDS, CODE_FIELDS);
  const hasProblems = Object.keys(problems).length > 0;
  const fieldError = (field: FieldName) => problems[field] ?? inWords(server.fieldErrors[field]);
  // A new attempt that fails again moves focus again.
  useFocusFirstInvalid(formRef, hasProblems || error ? attempt : null);

  function change(field: FieldName, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setProblems(({ [field]: _fixed, ...rest }) => rest);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setAttempt((value) => value + 1);
    const found = check(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      reset();
      return;
    }
    const result = await send('/api/auth/password', {
      method: 'POST',
      body: { currentPassword: values.currentPassword, newPassword: values.newPassword },
    });
    if (!result.ok) {
      if (result.error.code === 'forbidden') setValues((previous) => ({ ...previous, currentPassword: '' }));
      return;
    }
    setValues(EMPTY);
    announce('Password changed. Other devices were signed out; this one stays signed in.');
  }

  return (
    <section aria-labelledby="password-heading" className="grid gap-4 rounded-xl border bg-card p-5 shadow-xs">
      <div>
        <h3 id="password-heading" className="text-base font-semibold">
          Change password
        </h3>
        <p className="mt-1 text-sm text-muted-foreground">Changing it signs you out on every other device.</p>
      </div>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="password-heading" className="grid max-w-md gap-4">
        <FormError message={hasProblems ? undefined : server.formError} />
        {/* For password managers: the account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <Field name="currentPassword" idPrefix="password" label="Current password" error={fieldError('currentPassword')}>
          {(control) => (
            <PasswordInput
              {...control}
              showLabel="Show the current password"
              autoComplete="current-password"
              maxLength={MAX_LENGTH}
              value={values.currentPassword}
              onChange={(event) => change('currentPassword', event.target.value)}
            />
          )}
        </Field>
        <Field
          name="newPassword"
          idPrefix="password"
          label="New password"
          hint={`At least ${MIN_LENGTH} characters.`}
          error={fieldError('newPassword')}
        >
          {(control) => (
            <PasswordInput
              {...control}
              showLabel="Show the new password"
              autoComplete="new-password"
              maxLength={MAX_LENGTH}
              value={values.newPassword}
              onChange={(event) => change('newPassword', event.target.value)}
            />
          )}
        </Field>
        <Field name="confirmPassword" idPrefix="password" label="Confirm new password" error={fieldError('confirmPassword')}>
          {(control) => (
            <PasswordInput
              {...control}
              showLabel="Show the confirmation"
              autoComplete="new-password"
              maxLength={MAX_LENGTH}
              value={values.confirmPassword}
              onChange={(event) => change('confirmPassword', event.target.value)}
            />
          )}
        </Field>
        <div>
          <Button type="submit" pending={pending}>
            Change password
          </Button>
        </div>
      </form>
    </section>
  );
}
