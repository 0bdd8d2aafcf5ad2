'use client';

import type { ApiKey } from '@/lib/schemas/api-key';
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog';
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
  let consequence = `Generations with ${providerName} will need a new key.`;
  if (hasOtherKeys) {
    consequence = apiKey?.isDefault
      ? `Your newest other ${providerName} key becomes the default.`
      : `Your default ${providerName} key stays as it is.`;
  }
  return (
    <ConfirmDeleteDialog
      item={apiKey}
      title="Delete key?"
      confirmLabel="Delete key"
      url={(key) => `/api/keys/${key.id}`}
      description={
        apiKey ? (
          <>
            The {providerName} key <strong className="font-medium text-foreground">{keyName(apiKey)}</strong> will be deleted from
            MediaLab. {consequence} The key keeps working at the provider until you revoke it there.
          </>
        ) : null
      }
      onClose={onClose}
      onDeleted={onDeleted}
      onClosed={onClosed}
    />
  );
}
