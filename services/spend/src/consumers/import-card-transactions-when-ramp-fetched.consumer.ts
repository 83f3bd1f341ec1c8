import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { importRampBatch } from '../card-transactions/card-transactions.commands.ts';

export const importCardTransactionsWhenRampFetched = on<Tx, 'integrations.ramp.RampTransactionsFetched'>(
  'import-card-transactions-when-ramp-fetched',
  'integrations.ramp.RampTransactionsFetched',
  async (e, { tx, publisher }) => void (await importRampBatch(tx, publisher, e)),
);
