import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './vendors.handlers.ts';
import * as routes from './vendors.routes.ts';

export function mountVendors(app: App): void {
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.patch, handlers.patch);
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
}
