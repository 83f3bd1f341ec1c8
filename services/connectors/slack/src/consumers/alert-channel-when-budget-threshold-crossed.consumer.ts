import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { alertBudgetThreshold } from '../deliveries/deliveries.commands.ts';
import type { SlackApi } from '../slack-api.ts';

/** A budget crossing a threshold is posted to the alert channel, once. */
export const alertChannelWhenBudgetThresholdCrossed = (api: SlackApi, channel: string) =>
  on<Tx, 'budget.BudgetThresholdCrossed'>(
    'alert-channel-when-budget-threshold-crossed',
    'budget.BudgetThresholdCrossed',
    (e, { tx, publisher }) => alertBudgetThreshold(tx, publisher, api, channel, e),
  );
