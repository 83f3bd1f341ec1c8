import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './clients.handlers.ts';
import * as routes from './clients.routes.ts';

export function mountClients(app: App): void {
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.patch, handlers.patch);
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
}
