import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { recordBizzaboWindow } from '../figures/bizzabo.commands.ts';

export const recordFiguresWhenBizzaboSynced = on<Tx, 'integrations.bizzabo.BizzaboRegistrationsFetched'>(
  'record-figures-when-bizzabo-synced',
  'integrations.bizzabo.BizzaboRegistrationsFetched',
  async (e, { tx, publisher }) => void (await recordBizzaboWindow(tx, publisher, e)),
);
