import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './deal-links.handlers.ts';
import * as routes from './deal-links.routes.ts';

export function mountDealLinks(app: App): void {
  app.openapi(routes.create, handlers.create);
}
