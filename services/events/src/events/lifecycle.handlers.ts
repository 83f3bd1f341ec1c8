import type { RouteHandler } from '@hono/zod-openapi';
import { CodedError } from '@playbook/errors/coded-error';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { cancel as cancelling, transition, type Transition } from '../domain/lifecycle.ts';
import { authorizedEvent, scopeOf } from './events.handlers.ts';
import type { cancelEventRoute, changeStatusRoute } from './events.routes.ts';
import { eventView, findEvent, setStatus } from './events.store.ts';

function refuseIllegal(t: Transition): asserts t is Extract<Transition, { ok: true }> {
  if (!t.ok) {
    throw new CodedError(
      'EVENTS.ILLEGAL_TRANSITION',
      `An event cannot go from ${t.from} to ${t.to}. ${t.reason}`,
      409,
      { from: t.from, to: t.to },
    );
  }
}

export const changeStatus: RouteHandler<typeof changeStatusRoute, AppEnv> = async (c) => {
  const { eventId } = c.req.valid('param');
  const { to } = c.req.valid('json');
  const { orgId } = scopeOf(await authorizedEvent(c, eventId, 'events.write'));
  return command(c, async ({ tx, publisher }) => {
    const row = (await findEvent(tx, orgId, eventId, true))!;
    const t = transition(row.status, to);
    refuseIllegal(t);
    await setStatus(tx, eventId, t.to);
    await publisher.publish({
      type: 'events.EventStatusChanged',
      key: eventId,
      scope: scopeOf(row),
      payload: { eventId, clientId: row.client_id, from: t.from, to: t.to },
    });
    return { status: 200, body: eventView((await findEvent(tx, orgId, eventId))!) };
  });
};

export const cancel: RouteHandler<typeof cancelEventRoute, AppEnv> = async (c) => {
  const { eventId } = c.req.valid('param');
  const reason = c.req.valid('json').reason ?? null;
  const { orgId } = scopeOf(await authorizedEvent(c, eventId, 'events.write'));
  return command(c, async ({ tx, publisher }) => {
    const row = (await findEvent(tx, orgId, eventId, true))!;
    const t = cancelling(row.status);
    refuseIllegal(t);
    await setStatus(tx, eventId, 'cancelled', reason);
    await publisher.publish({
      type: 'events.EventCancelled',
      key: eventId,
      scope: scopeOf(row),
      payload: { eventId, clientId: row.client_id, from: t.from, reason },
    });
    return { status: 200, body: eventView((await findEvent(tx, orgId, eventId))!) };
  });
};
