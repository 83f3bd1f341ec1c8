import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './work-items.handlers.ts';
import * as routes from './work-items.routes.ts';

export function mountWorkItems(app: App): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.patch, handlers.patch);
  app.openapi(routes.changeStatus, handlers.changeStatus);
}
