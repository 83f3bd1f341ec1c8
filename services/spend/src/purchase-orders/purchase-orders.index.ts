import type { App } from '@playbook/service-kit/app-env';
import { onGetPurchaseOrder, onListPurchaseOrders } from './purchase-orders.handlers.ts';
import { getPurchaseOrder, listPurchaseOrders } from './purchase-orders.routes.ts';

export function mountPurchaseOrders(app: App): void {
  app.openapi(listPurchaseOrders, onListPurchaseOrders);
  app.openapi(getPurchaseOrder, onGetPurchaseOrder);
}
