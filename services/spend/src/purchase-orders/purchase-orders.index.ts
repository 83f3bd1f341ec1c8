import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './purchase-orders.handlers.ts';
import * as routes from './purchase-orders.routes.ts';

export function mountPurchaseOrders(app: App): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
}
