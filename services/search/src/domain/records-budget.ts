import { dayOf, type Mappers, spoken, words } from './changes.ts';

/** Budgets and their BOM lines (budget), contracts (client-level MSAs, event-level SOWs). */
export const budgetRecords: Mappers = {
  'budget.BudgetCreated': ({ scope, occurredAt, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'budget',
        id: p.budgetId,
        orgId: scope.orgId,
        clientId: p.clientId,
        eventId: p.eventId,
        title: `Budget (${p.currency})`,
        body: words('budget', p.origin),
        status: 'open',
        onDate: dayOf(occurredAt),
      },
    },
  ],
  'budget.BudgetLocked': ({ payload: p }) => [
    { kind: 'patch', type: 'budget', id: p.budgetId, set: { status: 'locked' } },
  ],
  'budget.BomLineAdded': ({ scope, occurredAt, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'bom_line',
        id: p.lineId,
        orgId: scope.orgId,
        clientId: p.clientId,
        eventId: p.eventId,
        title: p.description,
        body: words(spoken(p.category), 'bill of materials'),
        status: p.status,
        onDate: dayOf(occurredAt),
        vendorId: p.vendorId,
      },
    },
  ],
  'budget.BomLineRevised': ({ payload: p }) => [
    {
      kind: 'patch',
      type: 'bom_line',
      id: p.lineId,
      set: {
        title: p.description,
        body: words(spoken(p.category), 'bill of materials'),
        ...(p.status ? { status: p.status } : {}),
      },
    },
  ],
  'budget.BomLineRemoved': ({ payload: p }) => [{ kind: 'remove', type: 'bom_line', id: p.lineId }],
};

export const contractsRecords: Mappers = {
  'contracts.ContractDrafted': ({ scope, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'contract',
        id: p.contractId,
        orgId: scope.orgId,
        clientId: p.clientId,
        eventId: p.eventId,
        title: p.title,
        body: words(p.kind, 'contract'),
        status: 'draft',
        onDate: p.startsOn,
        vendorId: p.vendorId,
        vendorName: p.vendorName,
      },
    },
  ],
  'contracts.ContractSentForSignature': ({ payload: p }) => [
    { kind: 'patch', type: 'contract', id: p.contractId, set: { status: 'sent' } },
  ],
  'contracts.ContractSigned': ({ payload: p }) => [
    { kind: 'patch', type: 'contract', id: p.contractId, set: { status: 'signed' } },
  ],
  'contracts.ContractAmended': ({ payload: p }) => [
    {
      kind: 'patch',
      type: 'contract',
      id: p.contractId,
      set: { title: p.title, onDate: p.startsOn, status: 'amended' },
    },
  ],
  'contracts.ContractExpiring': ({ payload: p }) => [
    { kind: 'patch', type: 'contract', id: p.contractId, set: { status: 'expiring' } },
  ],
  'contracts.ContractTerminated': ({ payload: p }) => [
    { kind: 'patch', type: 'contract', id: p.contractId, set: { status: 'terminated' } },
  ],
};
