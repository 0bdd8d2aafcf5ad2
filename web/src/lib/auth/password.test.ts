import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterz', hash)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('refuses a malformed or tampered hash', async () => {
    const hash = await hashPassword('pw-12345');
    expect(await verifyPassword('pw-12345', 'plain-text')).toBe(false);
    const parts = hash.split('$');
    parts[5] = Buffer.alloc(64, 1).toString('base64');
    expect(await verifyPassword('pw-12345', parts.join('$'))).toBe(false);
  });
});
