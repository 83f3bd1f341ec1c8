import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './engagements.handlers.ts';
import * as routes from './engagements.routes.ts';

export function mountEngagements(app: App): void {
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.patch, handlers.patch);
  app.openapi(routes.cancel, handlers.cancel);
  app.openapi(routes.complete, handlers.complete);
  app.openapi(routes.rate, handlers.rate);
}
