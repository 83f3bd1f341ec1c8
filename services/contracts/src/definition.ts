import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { awaitSignOffWhenApprovalRequested } from './consumers/await-sign-off-when-approval-requested.consumer.ts';
import { draftSowWhenVendorEngaged } from './consumers/draft-sow-when-vendor-engaged.consumer.ts';
import { recordEventWhenEventCreated } from './consumers/record-event-when-event-created.consumer.ts';
import { recordSignOffWhenApprovalGranted } from './consumers/record-sign-off-when-approval-granted.consumer.ts';
import { recordSignOffWhenApprovalRejected } from './consumers/record-sign-off-when-approval-rejected.consumer.ts';
import { recordVendorWhenVendorRegistered } from './consumers/record-vendor-when-vendor-registered.consumer.ts';
import { renameVendorWhenVendorUpdated } from './consumers/rename-vendor-when-vendor-updated.consumer.ts';
import { storeDocumentsWhenBoxFilesFetched } from './consumers/store-documents-when-box-files-fetched.consumer.ts';
import { updateEventWhenEventUpdated } from './consumers/update-event-when-event-updated.consumer.ts';
import { mountContracts } from './contracts/contracts.index.ts';
import { mountDocuments } from './documents/documents.index.ts';
import { contractsEnv } from './env.ts';
import { startExpiryNotices } from './workers/notice-expiring-contracts.worker.ts';

export interface ContractsOptions {
  /** Days before the end date a contract is noticed (env CONTRACTS_EXPIRY_NOTICE_DAYS, default 30). */
  expiryNoticeDays?: number;
  /** How often the expiry worker looks (env CONTRACTS_EXPIRY_CHECK_MS, default hourly). */
  expiryCheckMs?: number;
  /** The clock the worker reads; tests pass their own. */
  now?: () => number;
}

/** contracts: MSAs (client scope) and SOWs (event scope), their documents, sign-offs and expiry. */
export function contractsDefinition(options: ContractsOptions = {}): ServiceDefinition {
  // A bad value fails the start naming the field (EnvError), like the kit's own settings.
  const env = parseEnv(contractsEnv);
  const noticeDays = options.expiryNoticeDays ?? env.CONTRACTS_EXPIRY_NOTICE_DAYS;
  const intervalMs = options.expiryCheckMs ?? env.CONTRACTS_EXPIRY_CHECK_MS;
  return {
    name: 'contracts',
    description:
      'Master service agreements and statements of work: drafted, sent for signature, signed, amended, expiring, terminated; documents as versioned records.',
    scope: 'client (MSAs), event (SOWs)',
    aggregates: ['Contract', 'ContractDocument'],
    title: 'The Playbook — contracts',
    routes: (app) => {
      mountContracts(app);
      mountDocuments(app);
    },
    subscriptions: [
      recordVendorWhenVendorRegistered,
      renameVendorWhenVendorUpdated,
      recordEventWhenEventCreated,
      updateEventWhenEventUpdated,
      draftSowWhenVendorEngaged,
      awaitSignOffWhenApprovalRequested,
      recordSignOffWhenApprovalGranted,
      recordSignOffWhenApprovalRejected,
      storeDocumentsWhenBoxFilesFetched,
    ],
    workers: [(context) => startExpiryNotices(context, { noticeDays, intervalMs, now: options.now ?? Date.now })],
    migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
  };
}

export const definition: ServiceDefinition = contractsDefinition();
