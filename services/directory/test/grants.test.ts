import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service, ServiceDefinition } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { bootstrapAdmin } from '../src/bootstrap.ts';
import { definition } from '../src/definition.ts';
import { client, createWorld, json, outbox, type World } from './harness.ts';

const ORG = 'org-grants';
let world: World;
let service: Service;
/** A second module on the same bus: it learns grants only from directory's events on Kafka. */
let probe: Service;
let admin: ReturnType<typeof client>;

const probeDefinition: ServiceDefinition = { name: 'probe' };
const invite = async (email: string) =>
  (await json(await admin.post('/users', { email, displayName: email.split('@')[0] }))).userId as string;
const probeGrants = (userId: string) =>
  probe.sql()<{ grant_id: string; role: string; client_id: string | null; event_id: string | null }[]>`
    select grant_id, role, client_id, event_id from access_grants where principal_id = ${userId}`;

beforeAll(async () => {
  world = await createWorld('dir-grants');
  service = await world.start(definition);
  probe = await world.start(probeDefinition);
  await bootstrapAdmin(service, {
    orgId: ORG,
    userId: 'admin-g',
    email: 'admin@grants.test',
    displayName: 'Gia Admin',
  });
  admin = client(service, await world.bearer({ id: 'admin-g', orgId: ORG }));
  await accessProjection.recordClient(service.sql(), ORG, 'client-1');
  await accessProjection.recordEvent(service.sql(), ORG, 'client-1', 'event-a');
});
afterAll(() => world?.dispose());

describe('granting roles', () => {
  it('grants a role at a client (RoleGranted keyed by grant), shown on the user and in /grants', async () => {
    const userId = await invite('pia@grants.test');
    const res = await admin.post('/grants', { userId, role: 'producer', clientId: 'client-1' });
    expect(res.status).toBe(201);
    const grant = await json(res);
    expect(grant).toMatchObject({ userId, role: 'producer', clientId: 'client-1', eventId: null });
    const [event] = await outbox(service, { type: 'directory.RoleGranted', key: grant.grantId });
    expect(event!.scope).toEqual({ orgId: ORG, clientId: null, eventId: null });
    expect(event!.payload).toEqual({
      grantId: grant.grantId,
      userId,
      role: 'producer',
      clientId: 'client-1',
      eventId: null,
    });
    expect((await json(await admin.get(`/users/${userId}`))).grants).toEqual([grant]);
    expect((await json(await admin.get(`/grants?userId=${userId}`))).items).toEqual([grant]);
  });

  it('reaches another module over Kafka: its own access projection gets the grant, then loses it on revoke', async () => {
    const userId = await invite('rue@grants.test');
    const grant = await json(await admin.post('/grants', { userId, role: 'finance' }));
    await eventually(async () =>
      expect(await probeGrants(userId)).toEqual([
        { grant_id: grant.grantId, role: 'finance', client_id: null, event_id: null },
      ]),
    );
    const res = await admin.delete(`/grants/${grant.grantId}`);
    expect(res.status).toBe(200);
    const [revoked] = await outbox(service, { type: 'directory.RoleRevoked', key: grant.grantId });
    expect(revoked!.payload).toEqual({ grantId: grant.grantId, userId, role: 'finance' });
    await eventually(async () => expect(await probeGrants(userId)).toEqual([]));
    expect((await admin.delete(`/grants/${grant.grantId}`)).status).toBe(404);
  });

  it('records an event grant’s client from the scope tree, and needs it for an event not known yet', async () => {
    const userId = await invite('eve@grants.test');
    const known = await admin.post('/grants', { userId, role: 'producer', eventId: 'event-a' });
    expect(known.status).toBe(201);
    expect(await json(known)).toMatchObject({ clientId: 'client-1', eventId: 'event-a' });

    const unknown = await admin.post('/grants', { userId, role: 'producer', eventId: 'event-new' });
    expect(unknown.status).toBe(400);
    expect((await json(unknown)).code).toBe('DIRECTORY.CLIENT_REQUIRED');
    const withClient = await admin.post('/grants', {
      userId,
      role: 'producer',
      clientId: 'client-2',
      eventId: 'event-new',
    });
    expect(withClient.status).toBe(201);

    const mismatch = await admin.post('/grants', { userId, role: 'viewer', clientId: 'client-9', eventId: 'event-a' });
    expect(mismatch.status).toBe(409);
    expect((await json(mismatch)).code).toBe('DIRECTORY.SCOPE_MISMATCH');
  });

  it('answers 404 for an unknown user, 409 for the same role on the same scope twice, 400 for a bad role', async () => {
    const before = (await outbox(service)).length;
    const unknown = await admin.post('/grants', { userId: 'ghost', role: 'viewer' });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).code).toBe('DIRECTORY.USER_NOT_FOUND');
    expect((await admin.post('/grants', { userId: 'admin-g', role: 'root' })).status).toBe(400);
    const twice = await admin.post('/grants', { userId: 'admin-g', role: 'admin' });
    expect(twice.status).toBe(409);
    expect((await json(twice)).code).toBe('DIRECTORY.GRANT_EXISTS');
    expect((await outbox(service)).length).toBe(before);
  });

  it('refuses a producer (not an admin) with 403 and leaves no trace', async () => {
    const userId = await invite('pro@grants.test');
    await admin.post('/grants', { userId, role: 'producer' });
    const producer = client(service, await world.bearer({ id: userId, orgId: ORG }));
    const before = (await outbox(service)).length;
    expect((await producer.post('/grants', { userId, role: 'admin' })).status).toBe(403);
    const [grant] = (await json(await admin.get(`/grants?userId=${userId}`))).items;
    expect((await producer.delete(`/grants/${grant.grantId}`)).status).toBe(403);
    expect((await outbox(service)).length).toBe(before);
    expect((await producer.get(`/grants?userId=${userId}`)).status).toBe(200);
  });
});
