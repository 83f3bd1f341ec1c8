import { randomUUID } from 'node:crypto';
import type { EventInput, EventType } from '@playbook/bus/envelope';
import type { Service } from '@playbook/service-kit/service';

export const ORG = 'org-acme';
export const OTHER_ORG = 'org-other';

type Fact = { [T in EventType]: EventInput<T> }[EventType];
const at = (orgId: string, clientId?: string, eventId?: string) => ({ orgId, clientId, eventId });

const event = (
  orgId: string,
  clientId: string,
  eventId: string,
  name: string,
  venue: string,
  startsOn: string,
): Fact => ({
  type: 'events.EventCreated',
  key: eventId,
  scope: at(orgId, clientId, eventId),
  payload: {
    eventId,
    clientId,
    name,
    startsOn,
    endsOn: startsOn,
    timezone: 'America/Chicago',
    venue,
    status: 'planning',
  },
});
export const engaged = (
  orgId: string,
  clientId: string,
  eventId: string,
  engagementId: string,
  vendor: [string, string],
  notes: string,
): Fact => ({
  type: 'vendors.VendorEngaged',
  key: engagementId,
  scope: at(orgId, clientId, eventId),
  payload: {
    engagementId,
    vendorId: vendor[0],
    vendorName: vendor[1],
    eventId,
    clientId,
    serviceLine: 'led-wall',
    unit: 'day',
    quantity: 2,
    unitRateMinor: 625_000,
    amountMinor: 1_250_000,
    currency: 'USD',
    startsOn: '2030-05-09',
    endsOn: '2030-05-10',
    notes,
  },
});
export const vendor = (
  orgId: string,
  vendorId: string,
  name: string,
  type: 'vendors.VendorRegistered' | 'vendors.VendorUpdated' = 'vendors.VendorRegistered',
): Fact => ({
  type,
  key: vendorId,
  scope: at(orgId),
  payload: { vendorId, name, category: 'av', email: null },
});

/** One organization's worth of records of every module, and a little of another organization's. */
export function records(): Fact[] {
  const a = (eventId: string) => ({ eventId, clientId: 'client-1' });
  return [
    {
      type: 'events.ClientCreated',
      key: 'client-1',
      scope: at(ORG, 'client-1'),
      payload: { clientId: 'client-1', name: 'Northwind Traders' },
    },
    {
      type: 'events.ClientCreated',
      key: 'client-2',
      scope: at(ORG, 'client-2'),
      payload: { clientId: 'client-2', name: 'Globex' },
    },
    event(ORG, 'client-1', 'event-a', 'Leadership Summit', 'McCormick Place, Chicago', '2030-05-10'),
    event(ORG, 'client-1', 'event-b', 'Sales Kickoff', 'Hynes Center, Boston', '2030-09-01'),
    event(ORG, 'client-2', 'event-c', 'Globex Expo', 'Navy Pier, Chicago', '2030-06-01'),
    vendor(ORG, 'v-1', 'Brightwall Displays'),
    vendor(ORG, 'v-2', 'Bright Catering'),
    {
      type: 'vendors.RateCardPublished',
      key: 'v-1',
      scope: at(ORG),
      payload: {
        rateCardId: 'rc-1',
        vendorId: 'v-1',
        currency: 'USD',
        validFrom: '2030-01-01',
        validTo: null,
        lines: [{ serviceLine: 'led-wall', unit: 'day', unitRateMinor: 600_000 }],
      },
    },
    engaged(ORG, 'client-1', 'event-a', 'eng-a', ['v-1', 'Brightwall Displays'], 'LED wall quote for the main stage'),
    engaged(ORG, 'client-1', 'event-b', 'eng-b', ['v-1', 'Brightwall Displays'], 'LED wall for the breakout'),
    engaged(ORG, 'client-2', 'event-c', 'eng-c', ['v-1', 'Brightwall Displays'], 'LED wall for the expo hall'),
    {
      type: 'spend.PurchaseOrderRaised',
      key: 'po-a',
      scope: at(ORG, 'client-1', 'event-a'),
      payload: {
        purchaseOrderId: 'po-a',
        ...a('event-a'),
        vendorId: 'v-1',
        amountMinor: 1_250_000,
        currency: 'USD',
        vendorName: 'Brightwall Displays',
        engagementId: 'eng-a',
        description: 'LED wall rental, main stage',
        raisedBy: 'pat',
        bomLineId: null,
      },
    },
    {
      type: 'approvals.ApprovalRequested',
      key: 'apr-a',
      scope: at(ORG, 'client-1', 'event-a'),
      payload: {
        approvalRequestId: 'apr-a',
        subjectType: 'purchase_order',
        subjectId: 'po-a',
        ...a('event-a'),
        amountMinor: 1_250_000,
        currency: 'USD',
        policyId: 'p',
        approverRole: 'finance',
        approverScope: 'client',
        requestedBy: 'pat',
        dueAt: Date.UTC(2030, 4, 1),
        summary: 'PO for the LED wall rental',
      },
    },
    {
      type: 'budget.BudgetCreated',
      key: 'bud-a',
      scope: at(ORG, 'client-1', 'event-a'),
      payload: {
        budgetId: 'bud-a',
        ...a('event-a'),
        currency: 'USD',
        unassignedLineId: 'u',
        createdBy: 'pat',
        origin: 'blank',
      },
    },
    bomLine('line-a', 'LED wall 6x3 m'),
    bomLine('line-b', 'Stage risers'),
    {
      type: 'contracts.ContractDrafted',
      key: 'msa-1',
      scope: at(ORG, 'client-1'),
      payload: {
        contractId: 'msa-1',
        kind: 'MSA',
        clientId: 'client-1',
        eventId: null,
        vendorId: 'v-1',
        vendorName: 'Brightwall Displays',
        title: 'Brightwall master services agreement',
        valueMinor: null,
        currency: null,
        startsOn: '2030-01-01',
        endsOn: null,
        parentContractId: null,
        engagementId: null,
        signatories: [],
        draftedBy: 'fin',
      },
    },
    {
      type: 'work.WorkItemCreated',
      key: 'wi-a',
      scope: at(ORG, 'client-1', 'event-a'),
      payload: {
        workItemId: 'wi-a',
        ...a('event-a'),
        title: 'Confirm LED wall power',
        status: 'open',
        assigneeId: null,
        assigneeRole: 'producer',
        dueOn: '2030-05-01',
        timezone: 'UTC',
        subjectType: null,
        subjectId: null,
        source: 'manual',
        templateId: null,
        templateVersion: null,
        createdBy: 'pat',
      },
    },
    {
      type: 'assets.AssetUploaded',
      key: 'as-a',
      scope: at(ORG, 'client-1', 'event-a'),
      payload: {
        assetId: 'as-a',
        ...a('event-a'),
        name: 'Stage render',
        version: 1,
        fileName: 'stage-led-wall.png',
        mediaType: 'image/png',
        sizeBytes: 10,
        sha256: 'x',
        uploadedBy: 'pat',
      },
    },
    {
      type: 'assets.BrandKitPublished',
      key: 'bk-1',
      scope: at(ORG, 'client-1'),
      payload: {
        brandKitId: 'bk-1',
        clientId: 'client-1',
        name: 'Northwind brand',
        version: 1,
        colours: [],
        fonts: [],
        logoAssetIds: [],
        publishedBy: 'ada',
      },
    },
    // Another organization, with the same words and the same kinds of records.
    {
      type: 'events.ClientCreated',
      key: 'client-x',
      scope: at(OTHER_ORG, 'client-x'),
      payload: { clientId: 'client-x', name: 'Northwind Rivals' },
    },
    event(OTHER_ORG, 'client-x', 'event-x', 'Chicago LED wall summit', 'Chicago', '2030-05-10'),
    vendor(OTHER_ORG, 'v-x', 'Brightwall Other'),
    engaged(OTHER_ORG, 'client-x', 'event-x', 'eng-x', ['v-x', 'Brightwall Other'], 'LED wall Chicago secret'),
  ];
}

function bomLine(lineId: string, description: string): Fact {
  return {
    type: 'budget.BomLineAdded',
    key: 'bud-a',
    scope: at(ORG, 'client-1', 'event-a'),
    payload: {
      lineId,
      budgetId: 'bud-a',
      eventId: 'event-a',
      clientId: 'client-1',
      category: 'av',
      description,
      quantity: 1,
      unitCostMinor: 100,
      currency: 'USD',
      plannedMinor: 100,
      vendorId: 'v-1',
      status: 'estimate',
      addedBy: 'pat',
    },
  };
}

/** Publishes facts through a stand-in's outbox (one transaction, in order); the topic follows each type's module. */
export async function publishAll(service: Service, facts: Fact[]): Promise<void> {
  await service.sql().begin(async (tx) => {
    const publisher = service.bus().uow.publisher(tx, {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'user', id: 'someone', displayName: null },
      messageIdFor: () => randomUUID(),
    });
    for (const fact of facts) await publisher.publish(fact as EventInput<EventType>);
  });
}
