import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './connectors.handlers.ts';
import * as routes from './connectors.routes.ts';

export function mountConnectors(app: App): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.enable, handlers.enable);
  app.openapi(routes.disable, handlers.disable);
}
