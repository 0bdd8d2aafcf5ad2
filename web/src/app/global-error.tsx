'use client';

import './globals.css';

/**
 * When the root layout itself fails (e.g. the database is down while reading the session),
 * this replaces the whole document, so it brings its own <html> and <body>.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col items-center justify-center px-4 text-center font-sans">
        <title>Something went wrong · MediaLab</title>
        <h1 className="text-2xl font-semibold tracking-tight">MediaLab is having trouble</h1>
        <p className="mt-2 max-w-md text-muted-foreground">
          The page could not be loaded. If the problem continues, check that the server and its database are running.
          {error.digest ? <span className="mt-2 block text-xs">Reference: {error.digest}</span> : null}
        </p>
        <button
          type="button"
          onClick={reset}
          className="mt-6 inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
        >
          Try again
        </button>
      </body>
    </html>
  );
}
