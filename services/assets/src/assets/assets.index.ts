import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './assets.handlers.ts';
import * as routes from './assets.routes.ts';

export function mountAssets(app: App): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.addVersion, handlers.addVersion);
  app.openapi(routes.approve, handlers.approve);
}
