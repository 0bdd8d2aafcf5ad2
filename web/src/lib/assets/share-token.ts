import { createHash, randomBytes } from 'node:crypto';

/** 192 random bits: unguessable; only the hash is stored, so a dump reveals no live link. */
export function newShareToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashShareToken(token: string): string {
  return createHash('sha256').update(`share:${token}`).digest('hex');
}

export function isWellFormedShareToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(token);
}
