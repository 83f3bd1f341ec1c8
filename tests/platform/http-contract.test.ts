import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { widgetService } from '../fixtures/widget-service.ts';
import { createWorld, json, type World } from '../support/harness.ts';

const ORG = 'org-acme';
let world: World;
let service: Service;
let producerToken: string;

const post = (body: unknown, headers: Record<string, string> = {}) =>
  service.app.request('/widgets', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const widget = {
  orgId: ORG,
  clientId: 'client-1',
  eventId: 'event-a',
  name: 'Stage riser',
  quantity: 4,
  unitCostCents: 12500,
};

beforeAll(async () => {
  world = await createWorld('http');
  service = await world.start(widgetService());
  const sql = service.sql();
  await accessProjection.recordClient(sql, ORG, 'client-1');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-b');
  await accessProjection.grant(sql, {
    grantId: 'g1',
    principalId: 'producer-a',
    role: 'producer',
    scope: { orgId: ORG, eventId: 'event-a' },
  });
  producerToken = `Bearer ${await world.token({ id: 'producer-a', orgId: ORG })}`;
}, 60_000);
afterAll(() => world?.dispose());

describe('the endpoints every service has', () => {
  it('answers /healthz, /readyz (database and Kafka), /metrics, /openapi.json and /asyncapi.json without a token', async () => {
    expect(await json(await service.app.request('/healthz'))).toEqual({ status: 'ok' });
    const ready = await service.app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await json(ready)).toEqual({ status: 'ready', checks: { database: 'ok', kafka: 'ok' } });
    const metrics = await (await service.app.request('/metrics')).text();
    expect(metrics).toContain('playbook_http_request_duration_seconds');
    const openapi = await json(await service.app.request('/openapi.json'));
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/widgets', '/widgets/{widgetId}']));
    expect(openapi.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const asyncapi = await json(await service.app.request('/asyncapi.json'));
    expect(asyncapi.asyncapi).toBe('3.1.0');
  });

  it('echoes a caller correlation id and makes one when there is none', async () => {
    const given = await service.app.request('/healthz', { headers: { 'x-correlation-id': 'flow-123' } });
    expect(given.headers.get('x-correlation-id')).toBe('flow-123');
    const made = await service.app.request('/healthz');
    expect(made.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await service.app.request('/nope', { headers: { authorization: producerToken } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('bad input and refused callers', () => {
  it('rejects bad input with 400 problem+json naming each field', async () => {
    const res = await post({ ...widget, quantity: -1, name: '' }, { authorization: producerToken });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = await json(res);
    expect(problem).toMatchObject({ status: 400, code: 'HTTP.VALIDATION_FAILED', title: 'Bad Request' });
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'quantity']);
  });

  it('refuses a missing or forged token with 401 problem+json', async () => {
    const missing = await post(widget);
    expect(missing.status).toBe(401);
    expect((await json(missing)).code).toBe('AUTH.UNAUTHENTICATED');
    const forged = await post(widget, { authorization: `Bearer ${producerToken.slice(7, -4)}abcd` });
    expect(forged.status).toBe(401);
    expect((await json(forged)).code).toBe('AUTH.INVALID_TOKEN');
  });

  it('refuses a foreign scope with 403 and leaves no trace', async () => {
    const before = await service.sql()`select count(*)::int as n from outbox`;
    const otherEvent = await post({ ...widget, eventId: 'event-b' }, { authorization: producerToken });
    expect(otherEvent.status).toBe(403);
    expect(otherEvent.headers.get('content-type')).toBe('application/problem+json');
    const otherOrg = await post({ ...widget, orgId: 'org-other' }, { authorization: producerToken });
    expect(otherOrg.status).toBe(403);
    const after = await service.sql()`select count(*)::int as n from outbox`;
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('lets a client-scope grant cover that client’s events, and a viewer only read', async () => {
    const sql = service.sql();
    await accessProjection.grant(sql, {
      grantId: 'g2',
      principalId: 'lead',
      role: 'producer',
      scope: { orgId: ORG, clientId: 'client-1' },
    });
    await accessProjection.grant(sql, { grantId: 'g3', principalId: 'watcher', role: 'viewer', scope: { orgId: ORG } });
    const lead = `Bearer ${await world.token({ id: 'lead', orgId: ORG })}`;
    const created = await post({ ...widget, eventId: 'event-b' }, { authorization: lead });
    expect(created.status).toBe(201);
    const { widgetId } = await json(created);
    const watcher = `Bearer ${await world.token({ id: 'watcher', orgId: ORG })}`;
    expect((await post(widget, { authorization: watcher })).status).toBe(403);
    const read = await service.app.request(`/widgets/${widgetId}`, { headers: { authorization: watcher } });
    expect(read.status).toBe(200);
    expect((await json(read)).name).toBe('Stage riser');
  });
});

describe('idempotent commands', () => {
  it('replays the first response for a repeated Idempotency-Key, with one effect and one event', async () => {
    const headers = { authorization: producerToken, 'idempotency-key': `k-${Date.now()}` };
    const first = await post(widget, headers);
    const second = await post(widget, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const body = await json(first);
    expect(await json(second)).toEqual(body);
    const rows = await service.sql()`select count(*)::int as n from outbox where key = ${body.widgetId}`;
    expect(rows[0]!.n).toBe(1);
  });

  it('makes one effect when the same key races itself', async () => {
    const headers = { authorization: producerToken, 'idempotency-key': `race-${Date.now()}` };
    const responses = await Promise.all([post(widget, headers), post(widget, headers), post(widget, headers)]);
    const ids = new Set(await Promise.all(responses.map(async (r) => (await json(r)).widgetId)));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(ids.size).toBe(1);
  });

  it('refuses the same key for a different request with 422', async () => {
    const headers = { authorization: producerToken, 'idempotency-key': `reuse-${Date.now()}` };
    expect((await post(widget, headers)).status).toBe(201);
    const reused = await post({ ...widget, quantity: 5 }, headers);
    expect(reused.status).toBe(422);
    expect((await json(reused)).code).toBe('HTTP.IDEMPOTENCY_KEY_REUSED');
  });
});
