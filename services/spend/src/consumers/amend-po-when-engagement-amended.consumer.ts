import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { amendForEngagement } from '../purchase-orders/engagement-changes.commands.ts';

export const amendPoWhenEngagementAmended = on<Tx, 'vendors.EngagementAmended'>(
  'amend-po-when-engagement-amended',
  'vendors.EngagementAmended',
  (e, { tx, publisher, log }) => amendForEngagement(tx, publisher, log, e),
);
