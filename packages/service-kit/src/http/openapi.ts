import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from './pagination.ts';

/**
 * How every route of every service is declared: one helper for JSON content and pages, the one
 * problem+json schema, the error responses each route can return, operation ids and the headers
 * the kit honours. Route modules call `defineRoute` instead of `createRoute`.
 */

/** RFC 9457 problem details, the one error body of every service (see problem.ts). */
export const problemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://playbook.dev/problems/spend/po-not-found' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z
      .string()
      .openapi({ description: 'Stable machine-readable code, MODULE.REASON', example: 'SPEND.PO_NOT_FOUND' }),
    correlationId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

const correlationHeader = {
  'X-Correlation-Id': {
    description: 'The business flow this request belongs to (echoed, or new).',
    schema: { type: 'string' as const },
  },
};

/** A JSON response (or request) content block. */
export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  headers: correlationHeader,
  content: { 'application/json': { schema } },
});

/** A JSON request body; optional bodies (e.g. a reason) pass `required: false`. */
export const jsonBody = <T extends z.ZodType>(schema: T, required = true) => ({
  required,
  content: { 'application/json': { schema } },
});

/** A page of items in keyset order (`pageOf(schema)`), and the query that asks for one. */
export { pageOf, pageQuery };

const problem = (description: string) => ({
  description,
  headers: correlationHeader,
  content: { 'application/problem+json': { schema: problemSchema } },
});

type RouteErrorStatus = 403 | 404 | 409 | 415 | 422;

const COMMON_ERRORS = {
  400: problem('The request is not valid (HTTP.VALIDATION_FAILED, HTTP.MALFORMED_JSON, HTTP.NUL_CHARACTER, …).'),
  401: problem('No valid bearer token (AUTH.UNAUTHENTICATED).'),
  500: problem('Something went wrong on our side (HTTP.INTERNAL).'),
  503: problem('The service is starting (HTTP.NOT_READY).'),
};

const requestHeaders = (command: boolean) =>
  z.object({
    'x-correlation-id': z
      .string()
      .optional()
      .openapi({ description: 'Continue a business flow: every event this request causes carries it.' }),
    ...(command
      ? {
          'idempotency-key': z.string().optional().openapi({
            description:
              'Makes a retried command safe: the same key returns the first response (Idempotent-Replayed: true) and has no second effect. 1–200 visible ASCII characters.',
          }),
        }
      : {}),
  });

export interface KitRouteConfig extends RouteConfig {
  operationId: string;
  summary: string;
  /** The route's own refusals beyond the common ones, e.g. `{ 404: 'No such PO (SPEND.PO_NOT_FOUND)' }`. */
  errors?: Partial<Record<RouteErrorStatus, string>>;
}

/**
 * `createRoute` with the kit's conventions: the common error responses (400, 401, 500, 503) and
 * the route's own, all problem+json; X-Correlation-Id (and Idempotency-Key on commands) declared;
 * 403 on every authenticated route. The headers are declared permissively: the kit's middleware
 * and `command()` do the real checks, so their error codes stay the same.
 */
export function defineRoute<const R extends KitRouteConfig>(config: R): R & { getRoutingPath(): string } {
  const { errors = {}, ...route } = config;
  const ownErrors = Object.fromEntries(Object.entries(errors).map(([status, text]) => [status, problem(text)]));
  const forbidden = { 403: problem('Your roles here do not allow this (AUTH.FORBIDDEN).') };
  return createRoute({
    ...route,
    request: { ...route.request, headers: requestHeaders(route.method !== 'get') },
    responses: { ...route.responses, ...COMMON_ERRORS, ...forbidden, ...ownErrors },
  }) as unknown as R & { getRoutingPath(): string };
}
