import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { importNexoniaBatch } from '../expense-reports/expense-reports.commands.ts';

export const importExpenseReportsWhenNexoniaFetched = on<Tx, 'integrations.nexonia.NexoniaExpenseReportsFetched'>(
  'import-expense-reports-when-nexonia-fetched',
  'integrations.nexonia.NexoniaExpenseReportsFetched',
  async (e, { tx, publisher }) => void (await importNexoniaBatch(tx, publisher, e)),
);
