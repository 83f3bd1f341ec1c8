import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { systemParams } from '../connectors/connectors.routes.ts';
import { parseInstant } from '../domain/window.ts';

const instant = z
  .string()
  .max(40)
  .refine((v) => parseInstant(v) !== undefined, 'must be a date (YYYY-MM-DD, midnight UTC) or a date-time with offset')
  .openapi({ example: '2026-03-01T00:00:00Z' });

export const windowSchema = z
  .object({
    requestId: z.string().openapi({ description: 'The SyncWindowRequested: from system + dataset + from + to.' }),
    system: z.string(),
    dataset: z.string(),
    from: z.string(),
    to: z.string(),
    attempt: z.number().int().openapi({ description: 'Asked anew after it failed: 2, 3, …' }),
    status: z.enum(['requested', 'fetched', 'failed']),
    requestedBy: z.string().nullable(),
    requestedAt: z.string(),
    fetched: z.number().int().nullable(),
    accepted: z.number().int().nullable(),
    skipped: z.number().int().nullable(),
    parts: z.number().int().nullable(),
    partsSeen: z.number().int(),
    error: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi('SyncWindow');

const tags = ['sync windows'];
const keyReused = 'This Idempotency-Key was already used for a different request (HTTP.IDEMPOTENCY_KEY_REUSED).';

export const sync = defineRoute({
  operationId: 'requestSyncWindow',
  method: 'post',
  path: '/connectors/{system}/sync',
  tags,
  summary: 'Ask a connector for one window of one dataset (admins only); the same window asked again is fetched once',
  request: {
    params: systemParams,
    body: jsonBody(
      z.object({
        dataset: z.string().min(1).max(100).optional().openapi({ description: 'Default: the connector’s first.' }),
        from: instant.openapi({ description: 'Start of the window (inclusive).' }),
        to: instant.openapi({ description: 'End of the window (exclusive), not in the future.' }),
      }),
    ),
  },
  responses: {
    200: jsonContent(windowSchema, 'Asked before: what is known of it (nothing published)'),
    202: jsonContent(windowSchema, 'Asked (integrations.SyncWindowRequested)'),
  },
  errors: {
    404: 'The Playbook has no such connector (INTEGRATIONS.CONNECTOR_NOT_FOUND).',
    409: 'The connector is disabled (INTEGRATIONS.CONNECTOR_DISABLED) or only sends out (INTEGRATIONS.OUTBOUND_ONLY).',
    422: keyReused,
  },
});
export type SyncRoute = typeof sync;

export const list = defineRoute({
  operationId: 'listSyncWindows',
  method: 'get',
  path: '/connectors/{system}/windows',
  tags,
  summary: 'Windows asked of a connector and what became of them (requested, fetched, failed, with counts)',
  request: {
    params: systemParams,
    query: z.object({
      dataset: z.string().min(1).max(100).optional(),
      status: z.enum(['requested', 'fetched', 'failed']).optional(),
      from: instant.optional().openapi({ description: 'Windows ending after this.' }),
      to: instant.optional().openapi({ description: 'Windows starting before this.' }),
      ...pageQuery,
    }),
  },
  responses: { 200: jsonContent(pageOf(windowSchema), 'A page of windows, in the order they were first asked') },
  errors: { 404: 'The Playbook has no such connector (INTEGRATIONS.CONNECTOR_NOT_FOUND).' },
});
export type ListRoute = typeof list;
