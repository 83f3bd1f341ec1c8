import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './approvals.handlers.ts';
import * as routes from './approvals.routes.ts';

export function mountApprovals(app: App): void {
  // Registered before /approvals/{id}, so "pending" is never taken for an id.
  app.openapi(routes.listPending, handlers.listPending);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.grant, handlers.grant);
  app.openapi(routes.reject, handlers.reject);
}
