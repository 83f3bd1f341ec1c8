import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './users.handlers.ts';
import * as routes from './users.routes.ts';

export function mountUsers(app: App): void {
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.deactivate, handlers.deactivate);
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
}
