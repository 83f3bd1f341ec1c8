import type { Subscription } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { BUDGET_EVENTS, projectBudgetEvent } from '../projection/projection.commands.ts';

/** Every change to an event's budget updates the connector's budget-vs-actual projection (pushed later). */
export const projectBudgetWhenBudgetChanged: Subscription<Tx> = {
  name: 'project-budget-when-budget-changed',
  types: BUDGET_EVENTS,
  handle: (e, { tx }) => projectBudgetEvent(tx, e),
};
