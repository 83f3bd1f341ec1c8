import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './insights.handlers.ts';
import * as routes from './insights.routes.ts';

export function mountInsights(app: App): void {
  app.openapi(routes.list, handlers.list);
}
