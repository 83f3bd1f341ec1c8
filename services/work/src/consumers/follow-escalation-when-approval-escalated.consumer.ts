import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { followEscalation } from '../work-items/approval-tasks.commands.ts';

export const followEscalationWhenApprovalEscalated = on<Tx, 'approvals.ApprovalEscalated'>(
  'follow-escalation-when-approval-escalated',
  'approvals.ApprovalEscalated',
  (e, { tx, publisher }) => followEscalation(tx, publisher, e),
);
