import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Where the generated session-signing secret lives when AUTH_SECRET is not set. */
export function secretFilePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.AUTH_SECRET_FILE ?? 'data/auth-secret');
}

/** Creates the secret file once (mode 0600); later calls keep the existing secret. */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = secretFilePath();
  if (existsSync(/*turbopackIgnore: true*/ file)) return;
  mkdirSync(/*turbopackIgnore: true*/ dirname(file), { recursive: true });
  writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(32).toString('base64url'), { mode: 0o600 });
}

export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  ensureAuthSecret();
  return readFileSync(/*turbopackIgnore: true*/ secretFilePath(), 'utf8').trim();
}
