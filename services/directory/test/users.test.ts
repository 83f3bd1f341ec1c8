import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@playbook/service-kit/service';
import { bootstrapAdmin } from '../src/bootstrap.ts';
import { definition } from '../src/definition.ts';
import { client, createWorld, json, outbox, type World } from './harness.ts';

const ORG = 'org-users';
let world: World;
let service: Service;
let admin: ReturnType<typeof client>;
let viewer: ReturnType<typeof client>;
let viewerId: string;

const count = async (type?: string) => (await outbox(service, type ? { type } : {})).length;

beforeAll(async () => {
  world = await createWorld('dir-users');
  service = await world.start(definition);
  await bootstrapAdmin(service, { orgId: ORG, userId: 'admin-1', email: 'admin@acme.test', displayName: 'Ada Admin' });
  admin = client(service, await world.bearer({ id: 'admin-1', orgId: ORG }));
  const invited = await json(await admin.post('/users', { email: 'val@acme.test', displayName: 'Val Viewer' }));
  viewerId = invited.userId;
  expect((await admin.post('/grants', { userId: viewerId, role: 'viewer' })).status).toBe(201);
  viewer = client(service, await world.bearer({ id: viewerId, orgId: ORG }));
});
afterAll(() => world?.dispose());

describe('inviting users', () => {
  it('invites a user into the caller’s org and publishes UserProvisioned keyed by the user', async () => {
    const res = await admin.post('/users', { email: '  Pat.Producer@ACME.test ', displayName: 'Pat Producer' });
    expect(res.status).toBe(201);
    const user = await json(res);
    expect(user).toMatchObject({
      orgId: ORG,
      email: 'pat.producer@acme.test',
      displayName: 'Pat Producer',
      source: 'invited',
      status: 'active',
    });
    const [event] = await outbox(service, { type: 'directory.UserProvisioned', key: user.userId });
    expect(event!.scope).toEqual({ orgId: ORG, clientId: null, eventId: null });
    expect(event!.payload).toEqual({
      userId: user.userId,
      email: 'pat.producer@acme.test',
      displayName: 'Pat Producer',
      source: 'invited',
    });
    expect(event!.envelope.actor).toMatchObject({ kind: 'user', id: 'admin-1' });
  });

  it('refuses an email already in the org (any case) with 409 and publishes nothing', async () => {
    const before = await count();
    const res = await admin.post('/users', { email: 'VAL@acme.test', displayName: 'Someone Else' });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(res)).code).toBe('DIRECTORY.EMAIL_TAKEN');
    expect(await count()).toBe(before);
  });

  it('answers bad input with a 400 problem naming each field', async () => {
    const res = await admin.post('/users', { email: 'not-an-email', displayName: '' });
    expect(res.status).toBe(400);
    const problem = await json(res);
    expect(problem.code).toBe('HTTP.VALIDATION_FAILED');
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['displayName', 'email']);
  });

  it('refuses a viewer with 403 and leaves no outbox row, but lets them read', async () => {
    const before = await count();
    const res = await viewer.post('/users', { email: 'new@acme.test', displayName: 'New' });
    expect(res.status).toBe(403);
    expect((await json(res)).code).toBe('AUTH.FORBIDDEN');
    expect((await viewer.post(`/users/admin-1/deactivate`, {})).status).toBe(403);
    expect(await count()).toBe(before);
    expect((await viewer.get('/users')).status).toBe(200);
  });

  it('keeps organizations apart: another org’s admin sees and changes nothing here', async () => {
    await bootstrapAdmin(service, {
      orgId: 'org-other',
      userId: 'other-admin',
      email: 'admin@other.test',
      displayName: 'Otto',
    });
    const other = client(service, await world.bearer({ id: 'other-admin', orgId: 'org-other' }));
    const page = await json(await other.get('/users'));
    expect(page.items.map((u: { userId: string }) => u.userId)).toEqual(['other-admin']);
    expect((await other.get(`/users/${viewerId}`)).status).toBe(404);
    expect((await other.post(`/users/${viewerId}/deactivate`, {})).status).toBe(404);
    expect((await admin.get('/users/other-admin')).status).toBe(404);
  });

  it('replays a repeated Idempotency-Key: same user, one row, one event', async () => {
    const headers = { 'idempotency-key': `invite-${Date.now()}` };
    const body = { email: 'kim@acme.test', displayName: 'Kim' };
    const first = await admin.post('/users', body, headers);
    const second = await admin.post('/users', body, headers);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const user = await json(first);
    expect(await json(second)).toEqual(user);
    expect(await outbox(service, { type: 'directory.UserProvisioned', key: user.userId })).toHaveLength(1);
    const all = await json(await admin.get('/users?limit=100'));
    expect(all.items.filter((u: { email: string }) => u.email === 'kim@acme.test')).toHaveLength(1);
  });

  it('pages through users with limit and cursor', async () => {
    const first = await json(await admin.get('/users?limit=2'));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await json(await admin.get(`/users?limit=2&cursor=${first.nextCursor}`));
    const ids = [...first.items, ...second.items].map((u: { userId: string }) => u.userId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('admin-1');
    expect((await admin.get('/users?limit=0')).status).toBe(400);
  });
});

describe('deactivating users', () => {
  it('deactivates once (UserDeactivated), refuses a second time with 409, and locks the user out', async () => {
    const user = await json(await admin.post('/users', { email: 'leaving@acme.test', displayName: 'Lee' }));
    expect((await admin.post('/grants', { userId: user.userId, role: 'admin' })).status).toBe(201);
    const leaving = client(service, await world.bearer({ id: user.userId, orgId: ORG }));
    expect((await leaving.get('/users')).status).toBe(200);

    const res = await admin.post(`/users/${user.userId}/deactivate`, { reason: 'left the company' });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ status: 'deactivated', deactivationReason: 'left the company' });
    const [event] = await outbox(service, { type: 'directory.UserDeactivated', key: user.userId });
    expect(event!.payload).toEqual({ userId: user.userId, reason: 'left the company' });

    const again = await admin.post(`/users/${user.userId}/deactivate`, {});
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe('DIRECTORY.USER_DEACTIVATED');
    expect((await leaving.get('/users')).status).toBe(403);
    const grant = await admin.post('/grants', { userId: user.userId, role: 'viewer' });
    expect(grant.status).toBe(409);
    expect((await json(grant)).code).toBe('DIRECTORY.USER_DEACTIVATED');
  });

  it('answers 404 for an unknown user', async () => {
    const res = await admin.post('/users/nobody/deactivate', {});
    expect(res.status).toBe(404);
    expect((await json(res)).code).toBe('DIRECTORY.USER_NOT_FOUND');
  });

  it('documents every route in /openapi.json', async () => {
    const doc = await json(await service.app.request('/openapi.json'));
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/grants',
      '/grants/{grantId}',
      '/users',
      '/users/{userId}',
      '/users/{userId}/deactivate',
    ]);
  });
});
