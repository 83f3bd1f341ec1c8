import type { App } from '@playbook/service-kit/app-env';
import { grant, list, revoke } from './grants.handlers.ts';
import { grantRoleRoute, listGrantsRoute, revokeGrantRoute } from './grants.routes.ts';

export function mountGrants(app: App): void {
  app.openapi(grantRoleRoute, grant);
  app.openapi(revokeGrantRoute, revoke);
  app.openapi(listGrantsRoute, list);
}
