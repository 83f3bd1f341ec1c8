import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './policies.handlers.ts';
import * as routes from './policies.routes.ts';

/** Admin HTTP over the caller's own organization's policy (`policies.manage` at the organization). */
export function mountPolicies(app: App): void {
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.replace, handlers.replace);
}
