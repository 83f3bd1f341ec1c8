import type { EventInput, EventType } from '@playbook/bus/envelope';

/** The search bench's synthetic organization: clients, events in cities, vendors, and records of six kinds. */
export const SEARCH_ORG = 'org-bench-search';
const CITIES = [
  'Chicago',
  'Boston',
  'Austin',
  'Denver',
  'Seattle',
  'Miami',
  'Atlanta',
  'Dallas',
  'Phoenix',
  'Portland',
];
const LINES = [
  'led-wall',
  'lighting-technician',
  'stage',
  'catering',
  'audio',
  'rigging',
  'video',
  'security',
  'photography',
  'transport',
];
const CLIENTS = 10;
export const EVENTS = 200;
const VENDORS = 100;

type Fact = { [T in EventType]: EventInput<T> }[EventType];
const at = (clientId?: string, eventId?: string) => ({ orgId: SEARCH_ORG, clientId, eventId });
export const clientOf = (e: number) => `client-${e % CLIENTS}`;
export const eventId = (e: number) => `event-${e}`;

/** The scope facts first (clients, events, vendors), then `count` records spread over the events. */
export function* searchFacts(count: number): Generator<Fact> {
  for (let c = 0; c < CLIENTS; c++)
    yield {
      type: 'events.ClientCreated',
      key: `client-${c}`,
      scope: at(`client-${c}`),
      payload: { clientId: `client-${c}`, name: `Client ${c} Holdings` },
    };
  for (let e = 0; e < EVENTS; e++) {
    const city = CITIES[e % CITIES.length]!;
    yield {
      type: 'events.EventCreated',
      key: eventId(e),
      scope: at(clientOf(e), eventId(e)),
      payload: {
        eventId: eventId(e),
        clientId: clientOf(e),
        name: `${city} Summit ${2030 + (e % 5)}`,
        startsOn: '2030-05-10',
        endsOn: '2030-05-12',
        timezone: 'UTC',
        venue: `${city} Convention Center`,
        status: 'planning',
      },
    };
  }
  for (let v = 0; v < VENDORS; v++)
    yield {
      type: 'vendors.VendorRegistered',
      key: `v-${v}`,
      scope: at(),
      payload: {
        vendorId: `v-${v}`,
        name: `${LINES[v % LINES.length]!.split('-')[0]} partners ${v}`,
        category: 'av',
        email: null,
      },
    };
  const scopeFacts = CLIENTS + EVENTS + VENDORS;
  for (let i = 0; i < count - scopeFacts; i++) yield record(i);
}

function record(i: number): Fact {
  const e = i % EVENTS;
  const [clientId, event] = [clientOf(e), eventId(e)];
  const line = LINES[(i >> 3) % LINES.length]!;
  const words = `${line.replace('-', ' ')} for session ${i % 37}`;
  const scope = at(clientId, event);
  switch (i % 4) {
    case 0:
      return {
        type: 'vendors.VendorEngaged',
        key: `eng-${i}`,
        scope,
        payload: {
          engagementId: `eng-${i}`,
          vendorId: `v-${i % VENDORS}`,
          vendorName: `vendor ${i % VENDORS}`,
          eventId: event,
          clientId,
          serviceLine: line,
          unit: 'day',
          quantity: 2,
          unitRateMinor: 100,
          amountMinor: 200,
          currency: 'USD',
          startsOn: '2030-05-09',
          endsOn: '2030-05-10',
          notes: words,
        },
      };
    case 1:
      return {
        type: 'budget.BomLineAdded',
        key: `bud-${e}`,
        scope,
        payload: {
          lineId: `line-${i}`,
          budgetId: `bud-${e}`,
          eventId: event,
          clientId,
          category: line,
          description: words,
          quantity: 1,
          unitCostMinor: 100,
          currency: 'USD',
          plannedMinor: 100,
          vendorId: null,
          status: 'estimate',
          addedBy: 'bench',
        },
      };
    case 2:
      return {
        type: 'work.WorkItemCreated',
        key: `wi-${i}`,
        scope,
        payload: {
          workItemId: `wi-${i}`,
          eventId: event,
          clientId,
          title: `Confirm ${words}`,
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
          createdBy: 'bench',
        },
      };
    default:
      return {
        type: 'spend.PurchaseOrderRaised',
        key: `po-${i}`,
        scope,
        payload: {
          purchaseOrderId: `po-${i}`,
          eventId: event,
          clientId,
          vendorId: `v-${i % VENDORS}`,
          amountMinor: 200,
          currency: 'USD',
          vendorName: `vendor ${i % VENDORS}`,
          engagementId: null,
          description: words,
          raisedBy: 'bench',
          bomLineId: null,
        },
      };
  }
}

/** What people type: full words, prefixes, typos, and several words at once. */
export const QUERIES = [
  'LED wall Chicago',
  'lighting Boston',
  'catering',
  'stage rig',
  'chicgo summit',
  'audio denver',
  'vid',
  'security session 12',
  'photograpy',
  'transport miami',
];
