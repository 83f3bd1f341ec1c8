import type { App } from '@playbook/service-kit/app-env';
import * as handlers from './heads-ups.handlers.ts';
import * as routes from './heads-ups.routes.ts';

export function mountHeadsUps(app: App): void {
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.getOne, handlers.getOne);
  app.openapi(routes.accept, handlers.accept);
  app.openapi(routes.pushBack, handlers.pushBack);
  app.openapi(routes.escalate, handlers.escalate);
}
