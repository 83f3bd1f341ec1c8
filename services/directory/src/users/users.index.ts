import type { App } from '@playbook/service-kit/app-env';
import { deactivate, get, invite, list } from './users.handlers.ts';
import { deactivateUserRoute, getUserRoute, inviteUser, listUsersRoute } from './users.routes.ts';

export function mountUsers(app: App): void {
  app.openapi(inviteUser, invite);
  app.openapi(deactivateUserRoute, deactivate);
  app.openapi(listUsersRoute, list);
  app.openapi(getUserRoute, get);
}
