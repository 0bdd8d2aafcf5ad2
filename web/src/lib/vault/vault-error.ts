export type VaultErrorCode = 'no_master_key' | 'invalid_master_key' | 'unknown_key_version' | 'undecryptable';

/**
 * A stored provider key that cannot be opened, or a vault that cannot work. The vault
 * fails closed: nothing is decrypted with a guess. The message is written for the person
 * who sees it (the key's owner, or the operator for a missing master key) and never
 * contains key material.
 */
export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'VaultError';
  }
}
