import type { App } from '@playbook/service-kit/app-env';
import { create, get, list, update } from './clients.handlers.ts';
import { createClientRoute, getClientRoute, listClientsRoute, updateClientRoute } from './clients.routes.ts';

export function mountClients(app: App): void {
  app.openapi(createClientRoute, create);
  app.openapi(updateClientRoute, update);
  app.openapi(listClientsRoute, list);
  app.openapi(getClientRoute, get);
}
