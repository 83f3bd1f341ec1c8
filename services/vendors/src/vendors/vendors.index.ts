import type { App } from '@playbook/service-kit/app-env';
import { onGetVendor, onListVendors, onRegisterVendor, onUpdateVendor } from './vendors.handlers.ts';
import { getVendor, listVendors, registerVendor, updateVendor } from './vendors.routes.ts';

export function mountVendors(app: App): void {
  app.openapi(registerVendor, onRegisterVendor);
  app.openapi(updateVendor, onUpdateVendor);
  app.openapi(listVendors, onListVendors);
  app.openapi(getVendor, onGetVendor);
}
