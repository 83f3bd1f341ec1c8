import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './rate-cards.handlers.ts';
import * as routes from './rate-cards.routes.ts';

export function mountRateCards(app: App): void {
  app.openapi(routes.create, handlers.create);
}
