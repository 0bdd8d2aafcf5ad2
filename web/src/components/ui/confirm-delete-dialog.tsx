'use client';

import { useRef, type ReactNode } from 'react';
import { Trash2 } from 'lucide-react';
import { Button } from './button';
import { Dialog } from './dialog';
import { FormError } from './field';
import { useApiRequest } from '@/hooks/use-api-request';

type Props<T> = {
  /** What to delete; null keeps the dialog closed. */
  item: T | null;
  title: string;
  /** What will happen, said plainly. */
  description: ReactNode;
  /** The destructive button's label, e.g. "Delete project". */
  confirmLabel: string;
  /** Where the DELETE goes. */
  url: (item: T) => string;
  onClose: () => void;
  onDeleted?: (item: T) => void;
  /** After the dialog has closed: `deleted` says whether the item (and the button that opened this) is gone. */
  onClosed?: (deleted: boolean) => void;
};

/** Asks before a DELETE; the request's error is shown in place, and Cancel stays possible. */
export function ConfirmDeleteDialog<T>({ item, title, description, confirmLabel, url, onClose, onDeleted, onClosed }: Props<T>) {
  const deleted = useRef(false);
  const { send, pending, error, reset } = useApiRequest();

  function close() {
    reset();
    onClose();
  }

  async function confirm() {
    if (item === null || pending) return;
    const result = await send(url(item), { method: 'DELETE' });
    // Deleted already (another tab): the outcome the user asked for.
    if (!result.ok && result.error.code !== 'not_found') return;
    deleted.current = true;
    onDeleted?.(item);
    close();
  }

  return (
    <Dialog
      role="alertdialog"
      open={item !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      onClosed={() => {
        onClosed?.(deleted.current);
        deleted.current = false;
      }}
      busy={pending}
      title={title}
      description={item === null ? null : description}
    >
      <div className="grid gap-4">
        <FormError message={error?.message} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="outline" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button variant="destructive" onClick={confirm} pending={pending}>
            {pending ? null : <Trash2 aria-hidden="true" />}
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
