import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getUser } from '@/lib/auth/current-user';
import { LoginForm } from '@/components/auth/login-form';
import { nextQuery, safeNextPath } from '@/components/auth/safe-next-path';

export const metadata: Metadata = { title: 'Log in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const given = (await searchParams).next;
  const next = safeNextPath(given);
  if (await getUser()) redirect(next);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Log in</h1>
      <p className="mt-1.5 mb-6 text-sm text-muted-foreground">
        {given ? 'Log in to continue where you left off.' : 'Welcome back to MediaLab.'}
      </p>
      <LoginForm next={next} />
      <p className="mt-6 text-center text-sm text-muted-foreground">
        New to MediaLab?{' '}
        <Link href={`/signup${nextQuery(next)}`} className="font-medium text-primary underline-offset-4 hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
          Create an account
        </Link>
      </p>
    </>
  );
}
