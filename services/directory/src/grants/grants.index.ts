import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './grants.handlers.ts';
import * as routes from './grants.routes.ts';

export function mountGrants(app: App): void {
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.remove, handlers.remove);
  app.openapi(routes.list, handlers.list);
}
