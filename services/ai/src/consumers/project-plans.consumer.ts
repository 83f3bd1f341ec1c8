import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import * as budget from '../projections/budget.commands.ts';
import * as contracts from '../projections/contracts.commands.ts';

// Budget and contract facts the AI module only records (no run follows them).
export const projectPlans = [
  on<Tx, 'budget.BudgetCreated'>('record-budget-when-created', 'budget.BudgetCreated', (e, { tx }) =>
    budget.created(tx, e),
  ),
  on<Tx, 'budget.BomLineAdded'>('record-line-when-bom-line-added', 'budget.BomLineAdded', (e, { tx }) =>
    budget.lineChanged(tx, e),
  ),
  on<Tx, 'budget.BomLineRevised'>('record-line-when-bom-line-revised', 'budget.BomLineRevised', (e, { tx }) =>
    budget.lineChanged(tx, e),
  ),
  on<Tx, 'budget.BomLineRemoved'>('record-line-when-bom-line-removed', 'budget.BomLineRemoved', (e, { tx }) =>
    budget.lineRemoved(tx, e),
  ),
  on<Tx, 'budget.BudgetLocked'>('record-totals-when-budget-locked', 'budget.BudgetLocked', (e, { tx }) =>
    budget.locked(tx, e),
  ),
  on<Tx, 'contracts.ContractSentForSignature'>(
    'record-status-when-contract-sent',
    'contracts.ContractSentForSignature',
    (e, { tx }) => contracts.sent(tx, e),
  ),
  on<Tx, 'contracts.ContractSigned'>('record-status-when-contract-signed', 'contracts.ContractSigned', (e, { tx }) =>
    contracts.signed(tx, e),
  ),
  on<Tx, 'contracts.ContractTerminated'>(
    'record-status-when-contract-terminated',
    'contracts.ContractTerminated',
    (e, { tx }) => contracts.terminated(tx, e),
  ),
];
