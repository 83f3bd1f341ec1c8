import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { UnitOfWork } from '@playbook/bus/handler';
import type { Sql, Tx } from '@playbook/db/client';
import type { Logger } from '@playbook/telemetry/logger';
import type { App, AppEnv } from './app-env.ts';
import { authentication } from './authentication.ts';
import { mountHealth, PUBLIC_PATHS, type ReadinessChecks } from './health.ts';
import { observability } from './observability.ts';
import { requestGuard } from './request-guard.ts';
import { CodedError } from '@playbook/errors/coded-error';
import { problemResponse, toProblem, validationProblem } from './problem.ts';

export interface AppDependencies {
  service: string;
  title: string;
  version: string;
  log: Logger;
  jwtSecret: string;
  production: boolean;
  /** The module's AsyncAPI 3 document, served at /asyncapi.json beside /openapi.json. */
  asyncApi: () => object;
  /** Resolved per request: the pool exists only once the service has started. */
  runtime: () => { sql: Sql; uow: UnitOfWork<Tx> } | undefined;
  readiness: ReadinessChecks;
}

/** The Hono app every service shares: same infra endpoints, errors, auth and logs. */
export function buildApp(deps: AppDependencies, mountRoutes: (app: App) => void): App {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, result.error, result.target)),
  });
  app.use('*', observability(deps.service, deps.log));
  mountHealth(app, deps.service, deps.readiness);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: deps.title,
      version: deps.version,
      description: `The ${deps.service} module of The Playbook. Errors are RFC 9457 problem+json with a stable code.`,
      license: { name: 'Proprietary', url: 'https://playbook.dev/license' },
    },
    servers: [{ url: '/', description: 'This service, wherever it is served' }],
    security: [{ bearer: [] }],
  });
  let asyncApi: object | undefined;
  app.get('/asyncapi.json', (c) => {
    asyncApi ??= deps.asyncApi();
    return c.json(asyncApi);
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });

  const authenticate = authentication(deps.jwtSecret);
  app.use('*', async (c, next) => {
    if (PUBLIC_PATHS.has(c.req.path)) return next();
    const runtime = deps.runtime();
    if (!runtime) throw new CodedError('HTTP.NOT_READY', `${deps.service} is starting`, 503);
    c.set('sql', runtime.sql);
    c.set('uow', runtime.uow);
    c.set('service', deps.service);
    return authenticate(c, next);
  });
  // After authentication: an anonymous caller learns nothing from how its body was judged.
  app.use('*', requestGuard());
  mountRoutes(app);

  app.notFound((c) =>
    problemResponse(c, { status: 404, code: 'HTTP.NOT_FOUND', detail: `No route for ${c.req.method} ${c.req.path}.` }),
  );
  app.onError((error, c) => {
    const status = error instanceof CodedError || error instanceof HTTPException ? error.status : 500;
    (c.var.log ?? deps.log)[status >= 500 ? 'error' : 'info']({ err: error, status }, 'request failed');
    return toProblem(c, error, !deps.production);
  });
  return app;
}
