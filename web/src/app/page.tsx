import Link from 'next/link';
import { ArrowRight } from 'lucide-react';
import { getUser } from '@/lib/auth/current-user';
import { MediaTypes, Principles } from '@/components/landing/feature-grid';
import { buttonVariants } from '@/components/ui/button';

export default async function HomePage() {
  const user = await getUser();
  return (
    <div className="mx-auto w-full max-w-5xl px-4 sm:px-6">
      <section aria-labelledby="hero-title" className="py-14 sm:py-20">
        <p className="mb-4 inline-flex rounded-full border bg-card px-3 py-1 text-xs font-medium text-muted-foreground">
          Open source · MIT licence
        </p>
        <h1 id="hero-title" className="max-w-3xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
          One workspace for AI-made text, images, video, speech and music
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-muted-foreground text-pretty">
          MediaLab keeps your prompts, generations and assets together in projects. Bring your own provider keys, or
          start right now with the built-in provider: it runs on your machine and works offline.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          {user ? (
            <Link href="/projects" className={buttonVariants({ size: 'lg' })}>
              Go to your projects
              <ArrowRight aria-hidden="true" />
            </Link>
          ) : (
            <>
              <Link href="/signup" className={buttonVariants({ size: 'lg' })}>
                Sign up free
                <ArrowRight aria-hidden="true" />
              </Link>
              <Link href="/login" className={buttonVariants({ variant: 'outline', size: 'lg' })}>
                Log in
              </Link>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="media-title" className="pb-14">
        <h2 id="media-title" className="mb-4 text-sm font-semibold uppercase tracking-wider text-muted-foreground">
          Five kinds of media, one place
        </h2>
        <MediaTypes />
      </section>

      <section aria-labelledby="principles-title" className="border-t py-14">
        <h2 id="principles-title" className="sr-only">
          How MediaLab works
        </h2>
        <Principles />
      </section>
    </div>
  );
}
