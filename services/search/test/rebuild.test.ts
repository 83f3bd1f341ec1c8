import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { connect } from '@playbook/db/client';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { createLogger } from '@playbook/telemetry/logger';
import { definition } from '../src/definition.ts';
import { rebuildIndex } from '../src/rebuild/rebuild.ts';
import { ORG, publishAll, records, vendor } from './fixtures.ts';
import { body, createWorld, eventually, type World } from './harness.ts';

let world: World;
let search: Service;
const tokens: Record<string, string> = {};
const QUERIES = ['', 'LED wall Chicago', 'lumen', 'brigth', 'summit', 'risers'];
const scope = { orgId: ORG, clientId: 'client-1', eventId: 'event-a' };

beforeAll(async () => {
  world = await createWorld('search-rebuild');
  search = await world.start(definition);
  const upstream = await world.start({ name: 'upstream' });
  await accessProjection.grant(search.sql(), {
    grantId: 'g-ada',
    principalId: 'ada',
    role: 'admin',
    scope: { orgId: ORG },
  });
  await accessProjection.grant(search.sql(), { grantId: 'g-pat', principalId: 'pat', role: 'producer', scope });
  for (const who of ['ada', 'pat']) tokens[who] = await world.bearer({ id: who, orgId: ORG });
  await publishAll(upstream, records());
  await publishAll(upstream, [
    vendor(ORG, 'v-1', 'Lumen Screens', 'vendors.VendorUpdated'),
    {
      type: 'vendors.EngagementCancelled',
      key: 'eng-a',
      scope,
      payload: { engagementId: 'eng-a', vendorId: 'v-1', eventId: 'event-a', reason: null },
    },
    {
      type: 'budget.BomLineRemoved',
      key: 'bud-a',
      scope,
      payload: {
        lineId: 'line-b',
        budgetId: 'bud-a',
        eventId: 'event-a',
        clientId: 'client-1',
        plannedMinor: 100,
        currency: 'USD',
        reason: null,
        removedBy: 'pat',
      },
    },
  ]);
  await eventually(
    async () =>
      expect(await table()).toContainEqual(
        expect.objectContaining({ doc_id: 'eng-a', status: 'cancelled', vendor_name: 'Lumen Screens' }),
      ),
    { timeoutMs: 30_000 },
  );
  await eventually(async () => expect((await table()).map((r) => r.doc_id)).not.toContain('line-b'));
});
afterAll(() => world?.dispose());

const table = () => search.sql()<Record<string, unknown>[]>`
  select doc_type, doc_id, org_id, client_id, event_id, catalog, client_level, title, body, status, on_date::text,
    vendor_id, vendor_name, event_name, client_name, updated_at from documents order by org_id, doc_type, doc_id`;

async function answers() {
  const out: unknown[] = [];
  for (const who of ['ada', 'pat'])
    for (const q of QUERIES) {
      const res = await search.app.request(`/search?${new URLSearchParams({ q, limit: '100' })}`, {
        headers: { authorization: tokens[who]! },
      });
      out.push(await body(res));
    }
  return out;
}

describe('rebuilding from the topics', () => {
  it('gives the same index and the same answers after the consumer group is reset', async () => {
    const before = { rows: await table(), answers: await answers() };
    expect(before.rows.length).toBe(records().length - 1);
    await search.stop();
    const kafka = createKafka({
      clientId: 'search-rebuild-test',
      brokers: world.env.KAFKA_BROKERS,
      log: createLogger('test', 'warn'),
    });
    const sql = connect({
      url: world.env.DATABASE_URL,
      schema: `search_${world.namespace.replaceAll('-', '_')}`,
      max: 1,
    });
    const { topics } = await rebuildIndex({ sql, kafka, group: `${world.namespace}.search` }).finally(() => sql.end());
    expect(topics.length).toBeGreaterThan(5);
    search = await world.start(definition);
    expect((await table()).length).toBeLessThan(before.rows.length);
    await eventually(async () => expect(await table()).toEqual(before.rows), { timeoutMs: 60_000 });
    expect(await answers()).toEqual(before.answers);
  });
});
