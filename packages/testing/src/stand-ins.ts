import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { EventInput, EventType } from '@playbook/bus/envelope';
import { commandMessageId } from '@playbook/bus/ids';
import { command } from '@playbook/service-kit/command';
import type { Service, ServiceDefinition } from '@playbook/service-kit/service';

const emitRoute = createRoute({
  method: 'post',
  path: '/emit',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            type: z.string(),
            key: z.string(),
            payload: z.record(z.string(), z.unknown()),
            occurredAt: z.int().optional(),
            scope: z.object({ orgId: z.string(), clientId: z.string().nullish(), eventId: z.string().nullish() }),
          }),
        },
      },
    },
  },
  responses: { 201: { description: 'The envelope written to the outbox' } },
});

/**
 * A test-only stand-in for another module (named like it, so it publishes on its topic): POST /emit
 * publishes one event through the outbox as the calling user, with the request's correlation id.
 */
export function emitter(module: string): ServiceDefinition {
  return {
    name: module,
    routes: (app) => {
      app.openapi(emitRoute, async (c) => {
        const input = c.req.valid('json');
        return command(c, async ({ publisher }) => {
          const envelope = await publisher.publish({
            type: input.type as EventType,
            key: input.key,
            scope: input.scope,
            payload: input.payload as never,
            ...(input.occurredAt === undefined ? {} : { occurredAt: input.occurredAt }),
          });
          return { status: 201 as const, body: envelope };
        });
      });
    },
  };
}

export const emit = (
  service: Service,
  token: string,
  event: { type: string; key: string; scope: object; payload: object; occurredAt?: number },
  headers: Record<string, string> = {},
) =>
  service.app.request('/emit', {
    method: 'POST',
    headers: { authorization: token, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(event),
  });

/**
 * Publishes a fact as if `service` (e.g. a stand-in named `events`) had: through its outbox and
 * relay onto the real topic, with a fresh message id. Resolves with that id.
 */
export async function publishThrough<T extends EventType>(
  service: Service,
  input: EventInput<T>,
  actorId = 'someone',
  /** The flow it starts (a fresh one by default). */
  correlationId: string = randomUUID(),
): Promise<string> {
  const key = randomUUID();
  let messageId = '';
  await service.sql().begin(async (tx) => {
    const publisher = service.bus().uow.publisher(tx, {
      correlationId,
      causationId: null,
      actor: { kind: 'user', id: actorId, displayName: null },
      messageIdFor: (type, index) => commandMessageId(service.name, key, type, index),
    });
    messageId = (await publisher.publish(input)).messageId;
  });
  return messageId;
}
