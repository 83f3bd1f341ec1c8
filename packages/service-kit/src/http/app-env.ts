import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { UnitOfWork } from '@playbook/bus/handler';
import type { Sql, Tx } from '@playbook/db/client';
import type { Logger } from '@playbook/telemetry/logger';
import type { Principal } from '../auth/tokens.ts';
import type { Permission } from '../auth/permissions.ts';
import type { ScopeRef } from '../auth/access-projection.ts';

/** What every request handler can reach through `c.var`. */
export interface KitVariables {
  requestId: string;
  correlationId: string;
  log: Logger;
  sql: Sql;
  uow: UnitOfWork<Tx>;
  service: string;
  /** Set on every route outside /healthz, /readyz, /metrics and /openapi.json. */
  principal: Principal;
  /** Throws 403 problem unless the principal's grants allow `permission` at `scope`. */
  authorize: (permission: Permission, scope: ScopeRef) => Promise<void>;
}

export interface AppEnv {
  Variables: KitVariables;
}

export type App = OpenAPIHono<AppEnv>;

/** A handler typed from its route: `export const list: AppRouteHandler<ListRoute> = async (c) => …`. */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
