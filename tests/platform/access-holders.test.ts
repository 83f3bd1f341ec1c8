import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdersOf } from '@playbook/service-kit/access';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Role } from '@playbook/service-kit/permissions';
import type { Service } from '@playbook/service-kit/service';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';

/** holdersOf against a real projection: who holds a role over an event, a client, the organization. */
const ORG = 'org-holders';
let world: TestWorld;
let service: Service;

beforeAll(async () => {
  world = await createTestWorld('kit-holders');
  service = await world.start({ name: 'holderstest' });
  const sql = service.sql();
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  await accessProjection.recordEvent(sql, ORG, 'client-2', 'event-b');
  const grant = (principalId: string, role: Role, scope: { clientId?: string; eventId?: string }, org = ORG) =>
    accessProjection.grant(sql, { grantId: `g-${principalId}`, principalId, role, scope: { orgId: org, ...scope } });
  await grant('fin-org', 'finance', {});
  await grant('fin-client-1', 'finance', { clientId: 'client-1' });
  await grant('fin-client-2', 'finance', { clientId: 'client-2' });
  await grant('fin-event-a', 'finance', { clientId: 'client-1', eventId: 'event-a' });
  await grant('fin-event-b', 'finance', { clientId: 'client-2', eventId: 'event-b' });
  await grant('producer-a', 'producer', { clientId: 'client-1', eventId: 'event-a' });
  await grant('fin-elsewhere', 'finance', {}, 'org-other');
  await grant('fin-gone', 'finance', {});
  await accessProjection.deactivate(sql, ORG, 'fin-gone');
});
afterAll(() => world?.dispose());

describe('holdersOf', () => {
  it('finds the role at the organization, the event’s client (from the scope tree) and the event', async () => {
    const found = await holdersOf(service.sql(), ['finance'], { orgId: ORG, eventId: 'event-a' });
    expect(found).toEqual(['fin-client-1', 'fin-event-a', 'fin-org']);
  });
  it('at a client scope: organization and client grants, not the grants on its events', async () => {
    const found = await holdersOf(service.sql(), ['finance'], { orgId: ORG, clientId: 'client-2' });
    expect(found).toEqual(['fin-client-2', 'fin-org']);
  });
  it('takes several roles, and never a deactivated principal or another organization', async () => {
    const found = await holdersOf(service.sql(), ['finance', 'producer'], { orgId: ORG, eventId: 'event-a' });
    expect(found).toEqual(['fin-client-1', 'fin-event-a', 'fin-org', 'producer-a']);
    expect(await holdersOf(service.sql(), ['admin'], { orgId: ORG })).toEqual([]);
  });
});
