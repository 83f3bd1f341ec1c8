import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';

export const systemParams = z.object({
  system: z.string().min(1).max(50).openapi({ description: 'The connector, e.g. ramp.', example: 'ramp' }),
});

export const connectorSchema = z
  .object({
    system: z.string(),
    name: z.string(),
    kind: z.string(),
    direction: z.enum(['in', 'out', 'in+out']),
    purpose: z.string(),
    datasets: z.array(z.string()).openapi({ description: 'Datasets a window can be asked of (inbound).' }),
    delivers: z.array(z.string()).openapi({ description: 'What it sends out (outbound).' }),
    enabled: z.boolean(),
    configuration: z.record(z.string(), z.string()).openapi({ description: 'Non-secret settings.' }),
    changedBy: z.string().nullable(),
    changedAt: z.string().nullable(),
    disabledReason: z.string().nullable(),
    health: z.enum(['healthy', 'failing', 'never-synced', 'disabled']),
    lastSync: z
      .object({
        at: z.string(),
        dataset: z.string().nullable(),
        from: z.string().nullable(),
        to: z.string().nullable(),
        fetched: z.number().int().nullable(),
        accepted: z.number().int().nullable(),
        skipped: z.number().int().nullable(),
        diagnostics: z.record(z.string(), z.number().nullable()),
      })
      .nullable()
      .openapi({ description: 'The last window fetched (or, outbound, the last delivery) and what it brought.' }),
    windowsFetched: z.number().int(),
    deliveries: z.number().int(),
    lastError: z.object({ message: z.string(), at: z.string() }).nullable(),
  })
  .openapi('Connector');

const tags = ['connectors'];
const missing = { 404: 'The Playbook has no such connector (INTEGRATIONS.CONNECTOR_NOT_FOUND).' };
const keyReused = 'This Idempotency-Key was already used for a different request (HTTP.IDEMPOTENCY_KEY_REUSED).';

export const list = defineRoute({
  operationId: 'listConnectors',
  method: 'get',
  path: '/connectors',
  tags,
  summary: 'Every connector: enabled or not, its last sync, what it brought, its last error, its health',
  request: { query: z.object(pageQuery) },
  responses: { 200: jsonContent(pageOf(connectorSchema), 'A page of connectors, in registry order') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getConnector',
  method: 'get',
  path: '/connectors/{system}',
  tags,
  summary: 'One connector',
  request: { params: systemParams },
  responses: { 200: jsonContent(connectorSchema, 'The connector') },
  errors: missing,
});
export type GetOneRoute = typeof getOne;

const settingKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/)
  .openapi({ description: 'A setting name, e.g. baseUrl.' });

export const enable = defineRoute({
  operationId: 'enableConnector',
  method: 'post',
  path: '/connectors/{system}/enable',
  tags,
  summary: 'Enable a connector for the organization, with its non-secret configuration (admins only)',
  request: {
    params: systemParams,
    body: jsonBody(
      z.object({
        configuration: z
          .record(settingKey, z.string().max(500))
          .refine((c) => Object.keys(c).length <= 20, 'at most 20 settings')
          .optional()
          .openapi({ description: 'Non-secret settings (credentials stay in the connector’s environment).' }),
      }),
      false,
    ),
  },
  responses: { 200: jsonContent(connectorSchema, 'Enabled (integrations.ConnectorEnabled, unless it was already)') },
  errors: { ...missing, 422: keyReused },
});
export type EnableRoute = typeof enable;

export const disable = defineRoute({
  operationId: 'disableConnector',
  method: 'post',
  path: '/connectors/{system}/disable',
  tags,
  summary: 'Disable a connector: no window is asked of it until it is enabled again (admins only)',
  request: {
    params: systemParams,
    body: jsonBody(z.object({ reason: z.string().trim().min(1).max(500).optional() }), false),
  },
  responses: { 200: jsonContent(connectorSchema, 'Disabled (integrations.ConnectorDisabled, unless it was already)') },
  errors: { ...missing, 422: keyReused },
});
export type DisableRoute = typeof disable;
