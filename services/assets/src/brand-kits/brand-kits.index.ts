import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './brand-kits.handlers.ts';
import * as routes from './brand-kits.routes.ts';

export function mountBrandKits(app: App): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.publish, handlers.publish);
}
