import { randomUUID } from 'node:crypto';

/** The registry under test; the suite always runs with infra, so a missing URL is a failure, not a skip. */
export function requireRegistryUrl(): string {
  const url = process.env.SCHEMA_REGISTRY_URL;
  if (!url) {
    throw new Error(
      'SCHEMA_REGISTRY_URL is not set: registry tests need the local infra. From /work/main: `. .playbook/env` (see `npm run infra -- env`).',
    );
  }
  return url;
}

/** A fresh topic namespace, so tests can run again and again against the same registry. */
export function randomNamespace(prefix: string): string {
  return `${prefix}${randomUUID().slice(0, 8)}`;
}
