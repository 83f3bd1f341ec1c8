import { fileURLToPath } from 'node:url';
import { loadMigrations, type Migration } from '@playbook/db/migrate';

/** The outbox and inbox tables every service with a bus gets, applied before its own migrations. */
export function busMigrations(): Promise<Migration[]> {
  return loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url)), 'bus');
}
