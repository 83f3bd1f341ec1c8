import type { App } from '@playbook/service-kit/app-env';
import { create, get, list, update } from './events.handlers.ts';
import {
  cancelEventRoute,
  changeStatusRoute,
  createEventRoute,
  getEventRoute,
  listEventsRoute,
  updateEventRoute,
} from './events.routes.ts';
import { cancel, changeStatus } from './lifecycle.handlers.ts';

export function mountEvents(app: App): void {
  app.openapi(createEventRoute, create);
  app.openapi(updateEventRoute, update);
  app.openapi(changeStatusRoute, changeStatus);
  app.openapi(cancelEventRoute, cancel);
  app.openapi(listEventsRoute, list);
  app.openapi(getEventRoute, get);
}
