import Link from 'next/link';
import { Sparkles } from 'lucide-react';

/** The MediaLab name and mark, linking home. */
export function Brand() {
  return (
    <Link
      href="/"
      className="flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
    >
      <span className="flex size-7 items-center justify-center rounded-lg bg-gradient-to-br from-violet-500 to-fuchsia-500 text-white shadow-sm">
        <Sparkles aria-hidden="true" className="size-4" />
      </span>
      <span className="text-base">MediaLab</span>
    </Link>
  );
}
