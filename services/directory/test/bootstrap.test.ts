import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@playbook/service-kit/service';
import { verifyToken } from '@playbook/service-kit/tokens';
import { bootstrapAdmin, grantRole, provisionUser } from '../src/bootstrap.ts';
import { definition } from '../src/definition.ts';
import { client, createWorld, JWT_SECRET, json, outbox, type World } from './harness.ts';

const ORG = 'org-boot';
let world: World;
let service: Service;

beforeAll(async () => {
  world = await createWorld('dir-boot');
  service = await world.start(definition);
});
afterAll(() => world?.dispose());

describe('bootstrap without HTTP', () => {
  it('bootstrapAdmin twice makes one user, one org-wide admin grant and one set of events', async () => {
    const admin = { orgId: ORG, userId: 'first-admin', email: 'First@Boot.test', displayName: 'First Admin' };
    const first = await bootstrapAdmin(service, admin);
    const second = await bootstrapAdmin(service, admin);
    expect(first.created).toBe(true);
    expect(second).toEqual({ created: false, grantId: first.grantId });
    const events = await outbox(service);
    expect(events.map((e) => [e.type, e.key])).toEqual([
      ['directory.UserProvisioned', 'first-admin'],
      ['directory.RoleGranted', first.grantId],
    ]);
    expect(events[1]!.payload).toEqual({
      grantId: first.grantId,
      userId: 'first-admin',
      role: 'admin',
      clientId: null,
      eventId: null,
    });
    expect(events[0]!.envelope.actor).toMatchObject({ kind: 'system' });

    const api = client(service, await world.bearer({ id: 'first-admin', orgId: ORG }));
    const me = await json(await api.get('/users/first-admin'));
    expect(me).toMatchObject({ email: 'first@boot.test', status: 'active' });
    expect(me.grants).toEqual([expect.objectContaining({ grantId: first.grantId, role: 'admin', clientId: null })]);
    expect((await api.post('/users', { email: 'next@boot.test', displayName: 'Next' })).status).toBe(201);
  });

  it('provisions demo users and grants idempotently', async () => {
    const user = { orgId: ORG, userId: 'demo-producer', email: 'producer@boot.test', displayName: 'Demo Producer' };
    expect(await provisionUser(service, user)).toBe(true);
    expect(await provisionUser(service, user)).toBe(false);
    const grant = { orgId: ORG, userId: 'demo-producer', role: 'producer' as const, clientId: 'client-demo' };
    const first = await grantRole(service, grant);
    expect(await grantRole(service, grant)).toEqual({ created: false, grantId: first.grantId });
    expect(first.created).toBe(true);
    expect(await outbox(service, { key: 'demo-producer' })).toHaveLength(1);
    expect(await outbox(service, { key: first.grantId })).toHaveLength(1);
  });
});

describe('the token command', () => {
  it('prints a token signed with AUTH_JWT_SECRET for the given user and org', async () => {
    const cli = fileURLToPath(new URL('../src/token-cli.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [cli, '--user', 'demo-producer', '--org', ORG, '--name', 'Demo Producer', '--ttl', '60'],
      {
        env: { ...process.env, AUTH_JWT_SECRET: JWT_SECRET },
      },
    );
    expect(await verifyToken(stdout.trim(), JWT_SECRET)).toEqual({
      id: 'demo-producer',
      orgId: ORG,
      name: 'Demo Producer',
    });
  });

  it('refuses to run without a secret or a user', async () => {
    const cli = fileURLToPath(new URL('../src/token-cli.ts', import.meta.url));
    const run = (args: string[], env: Record<string, string | undefined>) =>
      promisify(execFile)(process.execPath, [cli, ...args], { env: { ...process.env, ...env } });
    await expect(run(['--user', 'u', '--org', 'o'], { AUTH_JWT_SECRET: '' })).rejects.toMatchObject({ code: 1 });
    await expect(run(['--org', 'o'], { AUTH_JWT_SECRET: JWT_SECRET })).rejects.toMatchObject({ code: 1 });
  });
});
