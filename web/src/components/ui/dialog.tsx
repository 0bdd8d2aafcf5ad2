'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';
import { cn } from './utils';

type DialogProps = {
  open: boolean;
  /** Called with false when the dialog closes itself: Escape, the close button, a click outside. */
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  /** While true (a request in flight) Escape and outside clicks do not close the dialog. */
  busy?: boolean;
  /** After the native close has returned focus to the opener; e.g. to move focus when the opener is gone. */
  onClosed?: () => void;
  /** `alertdialog` for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  children: ReactNode;
};

/**
 * A modal on the native `<dialog>`: showModal() gives the focus trap, the inert page and
 * Escape for free, and close() returns focus to the element that opened it. The content
 * is only rendered while open, so forms inside start fresh each time.
 */
export function Dialog({ open, onOpenChange, title, description, busy = false, onClosed, role = 'dialog', className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
      onClose={() => {
        if (open) onOpenChange(false);
        onClosed?.();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself, outside its padding box.
        if (event.target !== event.currentTarget || busy) return;
        const box = event.currentTarget.getBoundingClientRect();
        const inside =
          event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
        if (!inside) onOpenChange(false);
      }}
      className={cn(
        'm-auto w-[calc(100%-2rem)] max-w-md rounded-xl border bg-card p-0 text-card-foreground shadow-xl',
        'backdrop:bg-black/50 backdrop:backdrop-blur-[2px]',
        className,
      )}
    >
      {open ? (
        <div className="relative grid gap-4 p-6">
          <div className="grid gap-1.5 pr-8">
            <h2 id={titleId} className="text-lg font-semibold leading-tight">
              {title}
            </h2>
            {description ? (
              <div id={descriptionId} className="text-sm text-muted-foreground">
                {description}
              </div>
            ) : null}
          </div>
          {children}
          <button
            type="button"
            onClick={() => onOpenChange(false)}
            disabled={busy}
            className="absolute right-3 top-3 inline-flex size-8 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50"
          >
            <X aria-hidden="true" className="size-4" />
            <span className="sr-only">Close</span>
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
