import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getUser } from '@/lib/auth/current-user';
import { SignupForm } from '@/components/auth/signup-form';
import { nextQuery, safeNextPath } from '@/components/auth/safe-next-path';

export const metadata: Metadata = { title: 'Sign up' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignupPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await getUser()) redirect(next);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Create your account</h1>
      <p className="mt-1.5 mb-6 text-sm text-muted-foreground">
        Start with the built-in provider: no keys needed, works offline.
      </p>
      <SignupForm next={next} />
      <p className="mt-6 text-center text-sm text-muted-foreground">
        Already have an account?{' '}
        <Link href={`/login${nextQuery(next)}`} className="font-medium text-primary underline-offset-4 hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
          Log in
        </Link>
      </p>
    </>
  );
}
