import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Role } from '@playbook/service-kit/permissions';
import type { Service, ServiceDefinition } from '@playbook/service-kit/service';
import { definition } from '../src/definition.ts';
import { client, createWorld, type World } from './harness.ts';

/** A second module on the same bus that records every events.EventCreated it consumes from Kafka. */
export const probeDefinition: ServiceDefinition = {
  name: 'probe',
  migrations: async () => [
    {
      id: '0001_seen',
      sql: 'create table seen_events (event_id text primary key, client_id text not null, name text not null, correlation_id text not null)',
    },
  ],
  subscriptions: [
    on<Tx, 'events.EventCreated'>('record-when-event-created', 'events.EventCreated', async (e, { tx }) => {
      await tx`insert into seen_events values (${e.payload.eventId}, ${e.payload.clientId}, ${e.payload.name}, ${e.correlationId})`;
    }),
  ],
};

export type Api = ReturnType<typeof client>;

/** The events service in a fresh world, with a helper to give principals grants in its projection. */
export async function eventsWorld(prefix: string, orgId: string) {
  const world: World = await createWorld(prefix);
  const service: Service = await world.start(definition);
  let n = 0;
  return {
    world,
    service,
    /** A caller holding `role` at the org (no client), a client, or an event. */
    async as(id: string, role?: Role, scope: { clientId?: string; eventId?: string } = {}): Promise<Api> {
      if (role)
        await accessProjection.grant(service.sql(), {
          grantId: `${id}-${++n}`,
          principalId: id,
          role,
          scope: { orgId, ...scope },
        });
      return client(service, await world.bearer({ id, orgId, name: id }));
    },
  };
}
