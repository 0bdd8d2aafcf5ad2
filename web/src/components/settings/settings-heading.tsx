import type { ReactNode } from 'react';

/** The heading of one settings page (the layout holds the h1); `id` lets the page's section be labelled by it. */
export function SettingsHeading({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
  return (
    <div className="mb-6">
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {children ? <p className="mt-1 max-w-prose text-sm text-muted-foreground">{children}</p> : null}
    </div>
  );
}
