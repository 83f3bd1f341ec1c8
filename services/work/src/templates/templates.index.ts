import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './templates.handlers.ts';
import * as routes from './templates.routes.ts';

export function mountTemplates(app: App): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.patch, handlers.patch);
  app.openapi(routes.remove, handlers.remove);
}
