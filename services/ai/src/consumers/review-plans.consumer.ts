import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import * as budget from '../projections/budget.commands.ts';
import * as contracts from '../projections/contracts.commands.ts';

export const reviewBudgetWhenSpendRecorded = on<Tx, 'budget.BomLineSpendRecorded'>(
  budget.REVIEW_SPEND,
  'budget.BomLineSpendRecorded',
  (e, { tx, publisher }) => budget.spendRecorded(tx, publisher, e),
);

export const reviewBudgetWhenThresholdCrossed = on<Tx, 'budget.BudgetThresholdCrossed'>(
  budget.REVIEW_THRESHOLD,
  'budget.BudgetThresholdCrossed',
  (e, { tx, publisher }) => budget.thresholdCrossed(tx, publisher, e),
);

export const reviewContractWhenDrafted = on<Tx, 'contracts.ContractDrafted'>(
  contracts.REVIEW_DRAFTED,
  'contracts.ContractDrafted',
  (e, { tx, publisher }) => contracts.drafted(tx, publisher, e),
);

export const reviewContractWhenAmended = on<Tx, 'contracts.ContractAmended'>(
  contracts.REVIEW_AMENDED,
  'contracts.ContractAmended',
  (e, { tx, publisher }) => contracts.amended(tx, publisher, e),
);

export const reviewContractWhenExpiring = on<Tx, 'contracts.ContractExpiring'>(
  contracts.REVIEW_EXPIRING,
  'contracts.ContractExpiring',
  (e, { tx, publisher }) => contracts.expiring(tx, publisher, e),
);

export const reviewContractsWhenEventUpdated = on<Tx, 'events.EventUpdated'>(
  contracts.REVIEW_EVENT_DATES,
  'events.EventUpdated',
  (e, { tx, publisher }) => contracts.eventUpdated(tx, publisher, e),
);
