import type { App } from '@playbook/service-kit/app-env';
import type { Provider } from '../domain/rules-provider.ts';
import * as handlers from './runs.handlers.ts';
import * as routes from './runs.routes.ts';

export function mountRuns(app: App, provider: Provider): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.create, handlers.create(provider));
  app.openapi(routes.replay, handlers.replay);
}
