import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './events.handlers.ts';
import * as routes from './events.routes.ts';

export function mountEvents(app: App): void {
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.patch, handlers.patch);
  app.openapi(routes.changeStatus, handlers.changeStatus);
  app.openapi(routes.cancel, handlers.cancel);
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
}
