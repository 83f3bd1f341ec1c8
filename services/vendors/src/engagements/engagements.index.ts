import type { App } from '@playbook/service-kit/app-env';
import { onCancelEngagement, onEngageVendor, onGetEngagement, onListEngagements } from './engagements.handlers.ts';
import { cancelEngagement, engageVendor, getEngagement, listEngagements } from './engagements.routes.ts';

export function mountEngagements(app: App): void {
  app.openapi(engageVendor, onEngageVendor);
  app.openapi(listEngagements, onListEngagements);
  app.openapi(getEngagement, onGetEngagement);
  app.openapi(cancelEngagement, onCancelEngagement);
}
