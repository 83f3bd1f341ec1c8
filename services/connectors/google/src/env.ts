import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v : undefined));

/**
 * Google Workspace's settings. GOOGLE_BASE_URL serves both the Admin SDK Directory API and the
 * Calendar API (https://www.googleapis.com for real); the OAuth 2.0 token endpoint is
 * GOOGLE_TOKEN_URL (https://oauth2.googleapis.com/token for real; the sandbox's /token by default).
 * Credentials: a service account (GOOGLE_SERVICE_ACCOUNT_EMAIL + GOOGLE_PRIVATE_KEY, acting as
 * GOOGLE_SUBJECT by domain-wide delegation) when given, else an OAuth client's refresh token.
 */
export const googleSettings = z.object({
  GOOGLE_BASE_URL: z.string().url().default('http://127.0.0.1:4108'),
  GOOGLE_TOKEN_URL: z.string().url().optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).default('sandbox-client.apps.googleusercontent.com'),
  GOOGLE_CLIENT_SECRET: z.string().min(1).default('sandbox-google-secret-change-me'),
  GOOGLE_REFRESH_TOKEN: z.string().min(1).default('1//sandbox-refresh-token-change-me'),
  GOOGLE_SERVICE_ACCOUNT_EMAIL: optional,
  /** PEM (PKCS #8), `\n` escapes allowed, as in a service account's JSON key. */
  GOOGLE_PRIVATE_KEY: optional,
  GOOGLE_SUBJECT: optional,
  /** The Workspace account: my_customer is the caller's own. */
  GOOGLE_CUSTOMER: z.string().min(1).default('my_customer'),
  /** The calendar event dates go to: a shared production calendar's id, or primary. */
  GOOGLE_CALENDAR_ID: z.string().min(1).default('primary'),
  /** users.list allows 1–500 a page. */
  GOOGLE_PAGE_SIZE: z.coerce.number().int().min(1).max(500).default(100),
  GOOGLE_SYNC_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  GOOGLE_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(3),
  GOOGLE_RETRY_BASE_MS: z.coerce.number().int().min(0).default(500),
  GOOGLE_MAX_RETRIES: z.coerce.number().int().min(0).default(4),
});
export type GoogleSettings = z.infer<typeof googleSettings>;

export const SCOPES = [
  'https://www.googleapis.com/auth/admin.directory.user.readonly',
  'https://www.googleapis.com/auth/calendar.events',
];
