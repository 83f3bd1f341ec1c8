import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './bom-lines.handlers.ts';
import * as routes from './bom-lines.routes.ts';

export function mountBomLines(app: App): void {
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.patch, handlers.patch);
  app.openapi(routes.remove, handlers.remove);
}
