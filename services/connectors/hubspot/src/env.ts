import { z } from 'zod';

/** HubSpot's settings: where the CRM API is and the private app's access token it authenticates with. */
export const hubspotSettings = z.object({
  HUBSPOT_BASE_URL: z.string().url().default('http://127.0.0.1:4105'),
  /** A private app's access token (Bearer), scope crm.objects.deals.read and crm.objects.companies.read. */
  HUBSPOT_TOKEN: z.string().min(1).default('pat-sandbox-0000-token-change-me'),
  /** The search endpoint allows up to 200 results a page. */
  HUBSPOT_PAGE_SIZE: z.coerce.number().int().min(1).max(200).default(100),
  /** The portal's company currency: a deal's amount without deal_currency_code is in it. */
  HUBSPOT_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('USD'),
  HUBSPOT_SYNC_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  HUBSPOT_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(3),
  HUBSPOT_RETRY_BASE_MS: z.coerce.number().int().min(0).default(500),
});
export type HubSpotSettings = z.infer<typeof hubspotSettings>;
