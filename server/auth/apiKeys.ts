// API keys: 192 random bits, shown once, stored only as a SHA-256 hash. A slow password hash
// buys nothing for a random secret of this size; the visible prefix lets users tell keys apart.
import { createHash, randomBytes } from 'node:crypto';

const KEY_PREFIX = 'kz_';
/** Intake tokens of an office's web form look different, so that nobody mistakes one for an API key. */
export const INTAKE_TOKEN_PREFIX = 'kzi_';
export const VISIBLE_PREFIX_LENGTH = KEY_PREFIX.length + 8;
/** The visible start of an intake token (stored with the office, named in the audit trail). */
export const intakeTokenPrefix = (token: string): string => token.slice(0, INTAKE_TOKEN_PREFIX.length + 8);

export interface NewApiKey {
  key: string;
  prefix: string;
  hash: string;
}

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export function generateApiKey(): NewApiKey {
  const key = KEY_PREFIX + randomBytes(24).toString('base64url');
  return { key, prefix: key.slice(0, VISIBLE_PREFIX_LENGTH), hash: hashApiKey(key) };
}

/** The key from an `Authorization: Bearer <key>` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}
