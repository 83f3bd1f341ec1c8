import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './budgets.handlers.ts';
import * as routes from './budgets.routes.ts';

export function mountBudgets(app: App): void {
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.lock, handlers.lock);
}
