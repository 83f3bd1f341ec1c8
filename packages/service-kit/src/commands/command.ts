import { createHash, randomUUID } from 'node:crypto';
import { context, trace } from '@opentelemetry/api';
import type { Cause } from '@playbook/bus/envelope';
import { CodedError } from '@playbook/errors/coded-error';
import type { Publisher } from '@playbook/bus/handler';
import { commandMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import type { Context, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';
import { withCorrelationId } from '@playbook/telemetry/correlation';
import { extractContext } from '@playbook/telemetry/tracing';
import type { AppEnv } from '../http/app-env.ts';
import { findStoredResponse, reserveKey, storeResponse, type StoredResponse } from './idempotency-store.ts';

export interface CommandScope {
  tx: Tx;
  /** Writes events to the outbox in this transaction; ids derive from the idempotency key. */
  publisher: Publisher;
  cause: Cause;
}

export interface CommandResult<T, S extends ContentfulStatusCode = ContentfulStatusCode> {
  status: S;
  body: T;
  headers?: Record<string, string>;
}

export interface CommandOptions {
  /**
   * The business flow this command continues, e.g. an approver deciding a request that a producer's
   * engagement started: its events carry that flow's correlation id and continue its trace (stored
   * trace headers), so one correlation id and one trace tell the whole story. The HTTP span of this
   * request keeps its own trace and is tagged with the flow's correlation id.
   */
  flow?: { correlationId: string; traceHeaders?: Record<string, string> | null };
}

const KEY = /^[\x21-\x7e]{1,200}$/;

class Rollback extends Error {
  readonly result: CommandResult<unknown>;
  constructor(result: CommandResult<unknown>) {
    super('rollback');
    this.result = result;
  }
}

/**
 * Runs a command in one transaction: state change, outgoing events (outbox) and, with an
 * `Idempotency-Key`, the stored response. A retried request with the same key gets the first
 * response back (header `Idempotent-Replayed: true`) and causes no second effect; the same key
 * with a different request is refused. A failed command (error or status >= 400) leaves nothing.
 */
export async function command<T, S extends ContentfulStatusCode>(
  c: Context<AppEnv>,
  fn: (scope: CommandScope) => Promise<CommandResult<T, S>>,
  options: CommandOptions = {},
): Promise<Response & TypedResponse<JSONParsed<T>, S, 'json'>> {
  const key = c.req.header('idempotency-key');
  if (key !== undefined && !KEY.test(key)) {
    throw new CodedError('HTTP.BAD_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1–200 visible ASCII characters.', 400);
  }
  const principal = c.var.principal;
  // Only a keyed command is ever compared with a replay, so only then is the body read and hashed.
  const requestHash =
    key === undefined
      ? ''
      : createHash('sha256')
          .update(`${c.req.method} ${c.req.path}\n${await c.req.text()}`)
          .digest('hex');
  const idempotencyKey = key ?? randomUUID();
  const flow = options.flow;
  if (flow) trace.getActiveSpan()?.setAttribute('playbook.flow_correlation_id', flow.correlationId);
  const cause: Cause = {
    correlationId: flow?.correlationId ?? c.var.correlationId,
    causationId: c.var.requestId,
    actor: { kind: 'user', id: principal.id, displayName: principal.name ?? null },
    messageIdFor: (type, index) => commandMessageId(c.var.service, `${principal.id}:${idempotencyKey}`, type, index),
  };
  try {
    const response = await c.var.sql.begin(async (tx): Promise<StoredResponse> => {
      if (key !== undefined) {
        const reserved = await reserveKey(tx, {
          principalId: principal.id,
          key,
          method: c.req.method,
          path: c.req.path,
          requestHash,
        });
        if (!reserved) return replay(await findStoredResponse(tx, principal.id, key), requestHash);
      }
      const flowContext = flow
        ? withCorrelationId(
            flow.correlationId,
            flow.traceHeaders ? extractContext(flow.traceHeaders) : context.active(),
          )
        : context.active();
      // The command's events are written together, in one statement, before the transaction commits.
      const outbox = c.var.uow.deferredPublisher(tx, cause);
      const result = await context.with(flowContext, () => fn({ tx, publisher: outbox.publisher, cause }));
      if (result.status >= 400) throw new Rollback(result as CommandResult<unknown>);
      await outbox.flush();
      const stored = {
        status: result.status,
        headers: result.headers ?? {},
        body: JSON.stringify(result.body),
        requestHash,
      };
      if (key !== undefined) await storeResponse(tx, principal.id, key, stored);
      return stored;
    });
    return toResponse(response) as Response & TypedResponse<JSONParsed<T>, S, 'json'>;
  } catch (error) {
    if (error instanceof Rollback)
      return c.json(error.result.body as never, error.result.status as never, error.result.headers);
    throw error;
  }
}

function replay(stored: StoredResponse, requestHash: string): StoredResponse {
  if (stored.requestHash !== requestHash) {
    throw new CodedError(
      'HTTP.IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different request.',
      422,
    );
  }
  return { ...stored, headers: { ...stored.headers, 'idempotent-replayed': 'true' } };
}

function toResponse(stored: StoredResponse): Response {
  return new Response(stored.body, {
    status: stored.status,
    headers: { 'content-type': 'application/json', ...stored.headers },
  });
}
