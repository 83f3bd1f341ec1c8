import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './search.handlers.ts';
import * as routes from './search.routes.ts';

export function mountSearch(app: App): void {
  app.openapi(routes.list, handlers.list);
}
