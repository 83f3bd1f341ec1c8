import { createKafka } from '@playbook/bus-kafka/kafka';
import { waitUntilConsumersCaughtUp } from '@playbook/bus-kafka/settle';
import { SERVICES } from '@playbook/launcher/modules';
import { createLogger } from '@playbook/telemetry/logger';
import { eventually } from '@playbook/testing/eventually';
import { expect } from 'vitest';
import { http, type Slice } from '../support/slice.ts';

/**
 * Flows 2 and 3 as the demo ran them through the connectors and their sandboxes (the seed asked the
 * HubSpot window under demo-flow-3 and the Ramp window under demo-flow-2; services/launcher/src/demo/
 * seed-flows.ts), read over HTTP: the audit trail, the modules' reads and the sandboxes. Then each
 * window is asked again through integrations' HTTP API, as is and overlapping: nothing changes.
 */
const FLOW_2 = 'demo-flow-2';
const FLOW_3 = 'demo-flow-3';
const DAY = 86_400_000;
const ALERT_CHANNEL = process.env.SLACK_ALERT_CHANNEL ?? 'C0PLAYBOOK';

type Entry = { type: string; correlationId: string; scope: { clientId: string | null }; payload: any };
type SlackMessage = { channel: string; text: string };

/** Flow 2: Ramp window → spend imports and allocates → budget crosses 80 % and 100 % → ai heads-ups → Slack alerts. */
export async function cardSpendCarriedByTheDemo(slice: Slice) {
  const { demo, url } = slice;
  const alex = demo.users.alex.token;
  const spend = demo.integrations.cardSpend;
  expect(spend, 'the demo charged the site visit to Ramp').toBeDefined();
  const { eventId, lineId, charges, totalMinor, plannedMinor } = spend!;
  expect(window(slice, 'ramp')).toMatchObject({ status: 'fetched' });
  expect(totalMinor).toBeGreaterThan(plannedMinor);

  const imported = await eventually(async () => {
    const found = await trail(slice, { type: 'spend.CardTransactionImported', eventId });
    expect(found.map((e) => e.payload.sourceTransactionId).sort()).toEqual(charges.map((c) => c.id).sort());
    return found;
  });
  expect(new Set(imported.map((e) => e.correlationId))).toEqual(new Set([FLOW_2]));
  const allocated = await eventually(async () => {
    const found = await trail(slice, { type: 'spend.SpendAllocated', eventId });
    expect(found.map((e) => e.payload.sourceId).sort()).toEqual(charges.map((c) => c.id).sort());
    return found;
  });
  for (const a of allocated) {
    expect(a.correlationId).toBe(FLOW_2);
    expect(a.payload).toMatchObject({ eventId, bomLineId: lineId, source: 'card' });
    expect(a.payload.amountMinor).toBe(charges.find((c) => c.id === a.payload.sourceId)!.amountMinor);
  }

  const budget = await eventually(async () => {
    const read = await http(`${url('budget')}/events/${eventId}/budget`, alex);
    expect(read.body.totals).toMatchObject({ plannedMinor, actualMinor: totalMinor, thresholdPercentReached: 100 });
    return read.body;
  });
  expect(budget.lines.find((l: { lineId: string }) => l.lineId === lineId)).toMatchObject({ actualMinor: totalMinor });
  const crossed = await eventually(async () => {
    const found = await trail(slice, { type: 'budget.BudgetThresholdCrossed', eventId });
    expect(found.map((e) => e.payload.thresholdPercent)).toEqual([80, 100]);
    return found;
  });
  for (const c of crossed) expect(c).toMatchObject({ correlationId: FLOW_2, payload: { trigger: 'allocation' } });

  const headsUps = await eventually(
    async () => {
      const page = await http(`${url('ai')}/heads-ups?eventId=${eventId}`, alex);
      const found = page.body.items as { rule: string; title: string; subjectId: string }[];
      expect(found.map((h) => h.rule).sort()).toEqual(['spend-over-bom-line', 'spend-over-budget']);
      return found;
    },
    { timeoutMs: 30_000 },
  );
  expect(headsUps.find((h) => h.rule === 'spend-over-bom-line')?.subjectId).toBe(lineId);
  const raised = await trail(slice, { type: 'ai.HeadsUpRaised', eventId });
  expect(raised.map((e) => e.correlationId)).toEqual([FLOW_2, FLOW_2]);

  const alerts = await eventually(
    async () => {
      const found = alertsAbout(await slackMessages(slice), eventId);
      for (const h of headsUps)
        expect(
          found.filter((m) => m.text.includes(h.title)),
          h.title,
        ).toHaveLength(1);
      for (const percent of [80, 100])
        expect(found.filter((m) => m.text.includes(`event ${eventId} crossed ${percent} %`))).toHaveLength(1);
      return found;
    },
    { timeoutMs: 30_000 },
  );
  expect(alerts).toHaveLength(4);

  const state = async () => ({
    imported: (await trail(slice, { type: 'spend.CardTransactionImported', eventId })).length,
    allocated: (await trail(slice, { type: 'spend.SpendAllocated', eventId })).length,
    crossed: (await trail(slice, { type: 'budget.BudgetThresholdCrossed', eventId })).length,
    totals: (await http(`${url('budget')}/events/${eventId}/budget`, alex)).body.totals,
    headsUps: (await http(`${url('ai')}/heads-ups?eventId=${eventId}`, alex)).body.items.length,
    alerts: alertsAbout(await slackMessages(slice), eventId).length,
    rows: (
      await slice.query<{ n: number }>(
        'spend',
        'select count(*)::int as n from {schema}.card_transactions where source_transaction_id = any($1)',
        [charges.map((c) => c.id)],
      )
    )[0]!.n,
  });
  const before = await state();
  expect(before.rows).toBe(charges.length);
  await askAgain(slice, 'ramp', 'transactions');
  expect(await state()).toEqual(before);
}

/** Flow 3: HubSpot window → events creates the event under its client → work's template → Google Calendar. */
export async function pipelineCarriedByTheDemo(slice: Slice) {
  const { demo, url } = slice;
  const alex = demo.users.alex.token;
  const pipeline = demo.integrations.pipeline;
  expect(pipeline, 'the demo’s HubSpot window made the won deal an event').toBeDefined();
  const { eventId, dealId, startsOn, endsOn } = pipeline!;
  expect(window(slice, 'hubspot')).toMatchObject({ status: 'fetched' });
  // Every window the demo asked was fetched from its sandbox (a connector pointed at a wrong root fails here).
  expect(demo.integrations.windows.filter((w) => w.status !== 'fetched')).toEqual([]);
  expect(demo.integrations.windows.map((w) => `${w.system} ${w.dataset}`).sort()).toEqual([
    'bizzabo registrations',
    'box files',
    'google users',
    'hubspot deals',
    'netsuite accounts',
    'netsuite vendors',
    'nexonia expense-reports',
    'ramp transactions',
  ]);

  const linked = await dealLinks(slice, dealId);
  expect(linked).toHaveLength(1);
  expect(linked[0]).toMatchObject({ correlationId: FLOW_3, payload: { eventId, stage: 'closedwon' } });
  // Under the client it was won for: the demo's Northwind Traders, matched by name, not a second one.
  expect(pipeline!.clientId).toBe(demo.clientId);
  const event = await http(`${url('events')}/events/${eventId}`, alex);
  expect(event.body).toMatchObject({
    clientId: demo.clientId,
    name: pipeline!.dealName,
    startsOn,
    endsOn,
    timezone: 'America/New_York',
    status: 'draft',
  });

  const story = await eventually(
    async () => {
      const found = await trail(slice, { correlationId: FLOW_3, eventId });
      const types = found.map((e) => e.type);
      expect(types.filter((t) => t === 'work.WorkItemCreated')).toHaveLength(7);
      expect(types.filter((t) => t === 'integrations.google.CalendarEventPublished')).toHaveLength(1);
      return types;
    },
    { timeoutMs: 30_000 },
  );
  expect(story.filter((t) => t === 'events.EventCreated')).toHaveLength(1);
  expect(story).not.toContain('events.ClientCreated');

  const items = await templateItems(slice, eventId);
  expect(items).toHaveLength(7);
  expect(items.every((i) => i.templateId === demo.work.templateId && i.timezone === 'America/New_York')).toBe(true);
  expect(items.map((i) => i.dueOn)).toEqual(expect.arrayContaining(['2027-03-19', '2027-05-24'])); // start − 60, end + 5

  const entries = await calendarEntries(slice, eventId);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    summary: pipeline!.dealName,
    location: 'Javits Center, New York',
    start: { date: startsOn, timeZone: 'America/New_York' },
    end: { date: '2027-05-20' },
  });

  const state = async () => ({
    linked: (await dealLinks(slice, dealId)).length,
    named: (await http(`${url('events')}/events?limit=100`, alex)).body.items.filter(
      (e: { name: string }) => e.name === pipeline!.dealName,
    ).length,
    items: (await templateItems(slice, eventId)).length,
    calendar: await calendarEntries(slice, eventId),
  });
  const before = await state();
  expect(before).toMatchObject({ linked: 1, named: 1, items: 7 });
  await askAgain(slice, 'hubspot', 'deals');
  expect(await state()).toEqual(before);
}

/** The window the demo asked of a system, as the seed saw it settle. */
const window = (slice: Slice, system: string) => slice.demo.integrations.windows.find((w) => w.system === system);

/**
 * The demo's window asked again through integrations' HTTP API (200: known, nothing published),
 * then a day longer (202: fetched anew, every record again); resolves once the longer one is
 * fetched and every module has handled all it caused.
 */
async function askAgain(slice: Slice, system: 'ramp' | 'hubspot', dataset: string) {
  const { url, demo } = slice;
  const alex = demo.users.alex.token;
  const { from, to } = demo.integrations.window;
  const sync = `${url('integrations')}/connectors/${system}/sync`;
  const same = await http(sync, alex, { body: { dataset, from, to } });
  expect(same.status).toBe(200);
  expect(same.body).toMatchObject({ status: 'fetched' });
  const longer = await http(sync, alex, {
    body: { dataset, from: new Date(Date.parse(from) - DAY).toISOString(), to },
    correlationId: `${system}-asked-again`,
  });
  expect(longer.status).toBe(202);
  await eventually(
    async () => {
      const page = await http(`${url('integrations')}/connectors/${system}/windows?limit=100`, alex);
      const found = page.body.items.find((w: { requestId: string }) => w.requestId === longer.body.requestId);
      expect(found?.status).toBe('fetched');
    },
    { timeoutMs: 60_000 },
  );
  await everyModuleCaughtUp(slice);
}

async function everyModuleCaughtUp(slice: Slice) {
  const kafka = createKafka({
    clientId: 'connector-flows-test',
    brokers: process.env.KAFKA_BROKERS!.split(','),
    log: createLogger('connector-flows-test', 'warn'),
  });
  const groups = SERVICES.map((s) => `${slice.namespace}.${s.name}`);
  expect(await waitUntilConsumersCaughtUp(kafka, groups, { timeoutMs: 60_000 })).toBe(true);
}

/** Every entry of the audit trail matching the query (all pages). */
async function trail(slice: Slice, query: Record<string, string>): Promise<Entry[]> {
  const entries: Entry[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: '500', ...(cursor ? { cursor } : {}) });
    const page = await http(`${slice.url('activity')}/activity?${params}`, slice.demo.users.alex.token);
    expect(page.status).toBe(200);
    entries.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return entries;
}

const dealLinks = async (slice: Slice, dealId: string) =>
  (await trail(slice, { type: 'events.DealLinkedToEvent' })).filter((e) => e.payload.dealId === dealId);

async function templateItems(slice: Slice, eventId: string) {
  const page = await http(`${slice.url('work')}/work-items?eventId=${eventId}&limit=100`, slice.demo.users.alex.token);
  return (page.body.items as { templateId: string | null; dueOn: string; timezone: string }[]).filter(
    (i) => i.templateId !== null,
  );
}

async function calendarEntries(slice: Slice, eventId: string) {
  const all = (await (await fetch(`${slice.sandboxes.url('google')}/sandbox/calendars/primary`)).json()) as {
    extendedProperties?: { private?: { playbookEventId?: string } };
  }[];
  return all.filter((e) => e.extendedProperties?.private?.playbookEventId === eventId);
}

const slackMessages = async (slice: Slice) =>
  (await (await fetch(`${slice.sandboxes.url('slack')}/sandbox/messages`)).json()) as SlackMessage[];
const alertsAbout = (messages: SlackMessage[], eventId: string) =>
  messages.filter((m) => m.channel === ALERT_CHANNEL && m.text.includes(eventId));
