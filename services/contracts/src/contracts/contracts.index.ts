import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './contracts.handlers.ts';
import * as routes from './contracts.routes.ts';

export function mountContracts(app: App): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.send, handlers.send);
  app.openapi(routes.sign, handlers.sign);
  app.openapi(routes.amend, handlers.amend);
  app.openapi(routes.terminate, handlers.terminate);
}
