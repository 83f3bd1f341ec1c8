import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './activity.handlers.ts';
import * as routes from './activity.routes.ts';

export function mountActivity(app: App): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
}
