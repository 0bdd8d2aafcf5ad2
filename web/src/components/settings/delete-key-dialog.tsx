'use client';

import { useRef } from 'react';
import { Trash2 } from 'lucide-react';
import type { ApiKey } from '@/lib/schemas/api-key';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { useApiRequest } from '@/hooks/use-api-request';
import { keyName } from './key-types';

type Props = {
  /** The key to delete; null keeps the dialog closed. */
  apiKey: ApiKey | null;
  providerName: string;
  /** Whether the provider has other keys (one of them takes over as the default). */
  hasOtherKeys: boolean;
  onClose: () => void;
  onDeleted: (key: ApiKey) => void;
  /** After the dialog has closed: `deleted` says whether the key (and the button that opened this) is gone. */
  onClosed: (deleted: boolean) => void;
};

/** Asks before deleting a key: generations with the provider need another key afterwards. */
export function DeleteKeyDialog({ apiKey, providerName, hasOtherKeys, onClose, onDeleted, onClosed }: Props) {
  const deleted = useRef(false);
  const { send, pending, error, reset } = useApiRequest();

  function close() {
    reset();
    onClose();
  }

  async function confirm() {
    if (!apiKey || pending) return;
    const result = await send(`/api/keys/${apiKey.id}`, { method: 'DELETE' });
    // Deleted already (another tab): the outcome the user asked for.
    if (!result.ok && result.error.code !== 'not_found') return;
    deleted.current = true;
    onDeleted(apiKey);
    close();
  }

  let consequence = `Generations with ${providerName} will need a new key.`;
  if (hasOtherKeys) {
    consequence = apiKey?.isDefault
      ? `Your newest other ${providerName} key becomes the default.`
      : `Your default ${providerName} key stays as it is.`;
  }

  return (
    <Dialog
      role="alertdialog"
      open={apiKey !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      onClosed={() => {
        onClosed(deleted.current);
        deleted.current = false;
      }}
      busy={pending}
      title="Delete key?"
      description={
        apiKey ? (
          <>
            The {providerName} key <strong className="font-medium text-foreground">{keyName(apiKey)}</strong> will be deleted from
            MediaLab. {consequence} The key keeps working at the provider until you revoke it there.
          </>
        ) : null
      }
    >
      <div className="grid gap-4">
        <FormError message={error?.message} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="outline" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button variant="destructive" onClick={confirm} pending={pending}>
            {pending ? null : <Trash2 aria-hidden="true" />}
            Delete key
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
