import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './windows.handlers.ts';
import * as routes from './windows.routes.ts';

export function mountWindows(app: App): void {
  app.openapi(routes.sync, handlers.sync);
  app.openapi(routes.list, handlers.list);
}
