import type { App } from '@playbook/service-kit/app-env';
import { onPublishRateCard } from './rate-cards.handlers.ts';
import { publishRateCard } from './rate-cards.routes.ts';

export function mountRateCards(app: App): void {
  app.openapi(publishRateCard, onPublishRateCard);
}
