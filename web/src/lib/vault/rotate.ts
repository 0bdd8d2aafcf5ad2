import 'server-only';
import { asService } from '@/lib/db/with-user';
import {
  countApiKeysUnderVersion,
  listApiKeyIdsNotUnderVersion,
  lockApiKeySecret,
  updateWrappedDataKey,
} from '@/lib/db/queries/api-keys';
import { rewrapSecret } from './envelope';
import type { Keyring } from './keyring';
import { VaultError } from './vault-error';

export type RotationResult = {
  /** Keys whose data key this run rewrapped under the current master key. */
  rewrapped: number;
  /** Keys under the current master key when the run ended. */
  current: number;
  /** Keys that could not be opened (unknown master key, altered record): left as they were. */
  failed: Array<{ id: string; code: VaultError['code']; message: string }>;
};

/**
 * Rewraps the data key of every stored provider key under the keyring's current master key,
 * opening it with whichever key of the keyring wrapped it. Each key is rewrapped in its own
 * short transaction (row locked, rewrapped, committed), so the app keeps serving: a key is
 * under the old or the new master key at every moment, and both open during a rotation.
 * Running it again rewraps nothing. Runs as the service: it is an operator's script.
 */
export async function rotateApiKeys(options: { keyring: Keyring; batchSize?: number }): Promise<RotationResult> {
  const { keyring } = options;
  const version = keyring.current.version;
  const batchSize = options.batchSize ?? 100;
  const result: RotationResult = { rewrapped: 0, current: 0, failed: [] };
  let afterId: string | null = null;
  for (;;) {
    const cursor: string | null = afterId;
    const ids: string[] = await asService((tx) => listApiKeyIdsNotUnderVersion(tx, { keyVersion: version, afterId: cursor, limit: batchSize }));
    if (ids.length === 0) break;
    for (const id of ids) {
      try {
        const rewrapped = await asService(async (tx) => {
          const secret = await lockApiKeySecret(tx, { id });
          // Deleted meanwhile, or rewrapped by a concurrent run.
          if (!secret || secret.sealed.keyVersion === version) return false;
          const sealed = rewrapSecret(secret.sealed, { userId: secret.userId, provider: secret.provider, keyId: secret.id }, keyring);
          await updateWrappedDataKey(tx, { id, sealed });
          return true;
        });
        if (rewrapped) result.rewrapped += 1;
      } catch (error) {
        if (!(error instanceof VaultError)) throw error;
        result.failed.push({ id, code: error.code, message: error.message });
      }
    }
    afterId = ids[ids.length - 1]!;
  }
  result.current = await asService((tx) => countApiKeysUnderVersion(tx, { keyVersion: version }));
  return result;
}
