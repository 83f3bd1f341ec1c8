import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { dmApprovers } from '../deliveries/deliveries.commands.ts';
import type { SlackApi } from '../slack-api.ts';

/** Every approver holding the role over the request's scope gets a bot DM, once. */
export const dmApproversWhenApprovalRequested = (api: SlackApi) =>
  on<Tx, 'approvals.ApprovalRequested'>(
    'dm-approvers-when-approval-requested',
    'approvals.ApprovalRequested',
    (e, { tx, publisher }) => dmApprovers(tx, publisher, api, e),
  );
