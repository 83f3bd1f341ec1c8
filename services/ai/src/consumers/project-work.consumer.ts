import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import * as work from '../projections/work.commands.ts';

export const projectWork = [
  on<Tx, 'work.WorkItemCreated'>('record-work-item-when-created', 'work.WorkItemCreated', (e, { tx }) =>
    work.created(tx, e),
  ),
  on<Tx, 'work.WorkItemStatusChanged'>(
    'record-status-when-work-item-status-changed',
    'work.WorkItemStatusChanged',
    (e, { tx }) => work.statusChanged(tx, e),
  ),
  on<Tx, 'work.WorkItemAssigned'>('record-assignee-when-work-item-assigned', 'work.WorkItemAssigned', (e, { tx }) =>
    work.assigned(tx, e),
  ),
  on<Tx, 'work.WorkItemOverdue'>(work.REVIEW_OVERDUE, 'work.WorkItemOverdue', (e, { tx, publisher }) =>
    work.overdue(tx, publisher, e),
  ),
];
