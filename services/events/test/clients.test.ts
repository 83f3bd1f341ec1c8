import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@playbook/service-kit/service';
import { json, outbox, type World } from './harness.ts';
import { eventsWorld, type Api } from './world.ts';

const ORG = 'org-clients';
let world: World;
let service: Service;
let admin: Api;
let viewer: Api;
let as: Awaited<ReturnType<typeof eventsWorld>>['as'];

beforeAll(async () => {
  const w = await eventsWorld('ev-clients', ORG);
  ({ world, service, as } = w);
  admin = await w.as('admin', 'admin');
  viewer = await w.as('viewer', 'viewer');
});
afterAll(() => world?.dispose());

describe('clients', () => {
  it('creates a client (ClientCreated at client scope), renames it (ClientUpdated) and reads it back', async () => {
    const res = await admin.post('/clients', { name: 'Northwind' });
    expect(res.status).toBe(201);
    const created = await json(res);
    expect(created).toMatchObject({ orgId: ORG, name: 'Northwind', clientId: expect.any(String) });
    const [event] = await outbox(service, { type: 'events.ClientCreated', key: created.clientId });
    expect(event!.scope).toEqual({ orgId: ORG, clientId: created.clientId, eventId: null });
    expect(event!.payload).toEqual({ clientId: created.clientId, name: 'Northwind' });

    const renamed = await admin.patch(`/clients/${created.clientId}`, { name: 'Northwind Traders' });
    expect(renamed.status).toBe(200);
    const [update] = await outbox(service, { type: 'events.ClientUpdated', key: created.clientId });
    expect(update!.payload).toEqual({ clientId: created.clientId, name: 'Northwind Traders' });
    expect(await json(await viewer.get(`/clients/${created.clientId}`))).toMatchObject({ name: 'Northwind Traders' });
  });

  it('refuses a second client of the same name (any case) with 409, and bad input with 400', async () => {
    expect((await admin.post('/clients', { name: 'Contoso' })).status).toBe(201);
    const twice = await admin.post('/clients', { name: 'contoso' });
    expect(twice.status).toBe(409);
    expect((await json(twice)).code).toBe('EVENTS.CLIENT_NAME_TAKEN');
    const bad = await admin.post('/clients', { name: '   ' });
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0].path).toBe('name');
    expect((await admin.patch('/clients/nope', { name: 'X' })).status).toBe(404);
  });

  it('refuses a viewer and a client-scope producer (clients are created at org scope) with 403, leaving no trace', async () => {
    const { clientId } = await json(await admin.post('/clients', { name: 'Fabrikam' }));
    const producer = await as('producer-fab', 'producer', { clientId });
    const before = (await outbox(service)).length;
    const res = await viewer.post('/clients', { name: 'Viewer Co' });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await viewer.patch(`/clients/${clientId}`, { name: 'Renamed' })).status).toBe(403);
    expect((await producer.post('/clients', { name: 'Producer Co' })).status).toBe(403);
    expect((await outbox(service)).length).toBe(before);
  });

  it('lists only the clients the caller may read, one page at a time', async () => {
    const all = await json(await viewer.get('/clients?limit=2'));
    expect(all.items).toHaveLength(2);
    const rest = await json(await viewer.get(`/clients?limit=2&cursor=${all.nextCursor}`));
    expect([...all.items, ...rest.items].map((c: { name: string }) => c.name)).toEqual([
      'Northwind Traders',
      'Contoso',
      'Fabrikam',
    ]);
    expect(rest.nextCursor).toBeNull();
    const producer = await as('producer-contoso', 'producer', { clientId: all.items[1].clientId });
    expect((await json(await producer.get('/clients'))).items.map((c: { name: string }) => c.name)).toEqual([
      'Contoso',
    ]);
    expect((await producer.get(`/clients/${all.items[0].clientId}`)).status).toBe(403);
  });

  it('shows a client to someone who holds a grant at one of its events only', async () => {
    const { clientId } = await json(await admin.post('/clients', { name: 'Woodgrove' }));
    const eventId = (
      await json(
        await admin.post('/events', {
          clientId,
          name: 'Woodgrove Forum',
          startsOn: '2026-05-01',
          endsOn: '2026-05-02',
          timezone: 'Europe/London',
        }),
      )
    ).eventId;
    const guest = await as('guest-woodgrove', 'contributor', { clientId, eventId });
    expect((await json(await guest.get('/clients'))).items.map((c: { name: string }) => c.name)).toEqual(['Woodgrove']);
    expect((await json(await guest.get(`/clients/${clientId}`))).name).toBe('Woodgrove');
    const other = (await json(await admin.post('/clients', { name: 'Elsewhere Inc' }))).clientId;
    expect((await guest.get(`/clients/${other}`)).status).toBe(403);
  });

  it('replays a repeated Idempotency-Key: one client, one ClientCreated', async () => {
    const headers = { 'idempotency-key': `client-${Date.now()}` };
    const first = await admin.post('/clients', { name: 'Tailspin' }, headers);
    const second = await admin.post('/clients', { name: 'Tailspin' }, headers);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const { clientId } = await json(first);
    expect((await json(second)).clientId).toBe(clientId);
    expect(await outbox(service, { type: 'events.ClientCreated', key: clientId })).toHaveLength(1);
  });

  it('documents every route in /openapi.json', async () => {
    const doc = await json(await service.app.request('/openapi.json'));
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/clients',
      '/clients/{clientId}',
      '/events',
      '/events/{eventId}',
      '/events/{eventId}/cancel',
      '/events/{eventId}/deal-links',
      '/events/{eventId}/status',
    ]);
  });
});
