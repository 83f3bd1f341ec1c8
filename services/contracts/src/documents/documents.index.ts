import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './documents.handlers.ts';
import * as routes from './documents.routes.ts';

export function mountDocuments(app: App): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.create, handlers.create);
}
