import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { cancelForEngagement } from '../purchase-orders/engagement-changes.commands.ts';

export const cancelPoWhenEngagementCancelled = on<Tx, 'vendors.EngagementCancelled'>(
  'cancel-po-when-engagement-cancelled',
  'vendors.EngagementCancelled',
  (e, { tx, publisher }) => cancelForEngagement(tx, publisher, e),
);
