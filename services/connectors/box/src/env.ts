import { z } from 'zod';

/**
 * Box's settings: the API and upload roots, the Client Credentials Grant app (client id and secret
 * with the enterprise or user it acts as), the folders it reads and writes, and the metadata
 * template that links a file to a contract or an event.
 */
export const boxSettings = z.object({
  /** Real: https://api.box.com/2.0. */
  BOX_BASE_URL: z.string().url().default('http://127.0.0.1:4107/2.0'),
  /** Real: https://upload.box.com/api/2.0. */
  BOX_UPLOAD_BASE_URL: z.string().url().default('http://127.0.0.1:4107/api/2.0'),
  /** Real: https://api.box.com/oauth2/token; default: /oauth2/token on BOX_BASE_URL's host. */
  BOX_TOKEN_URL: z.string().url().optional(),
  BOX_CLIENT_ID: z.string().min(1).default('sandbox-box-client'),
  BOX_CLIENT_SECRET: z.string().min(1).default('sandbox-box-secret-change-me'),
  BOX_SUBJECT_TYPE: z.enum(['enterprise', 'user']).default('enterprise'),
  BOX_SUBJECT_ID: z.string().min(1).default('1000001'),
  /** The folder whose files are contract documents. */
  BOX_CONTRACTS_FOLDER_ID: z.string().min(1).default('200001'),
  /** The folder whose files are event assets. */
  BOX_ASSETS_FOLDER_ID: z.string().min(1).default('200002'),
  /** Where the Playbook's own contract documents are uploaded (never one of the folders read). */
  BOX_UPLOAD_FOLDER_ID: z.string().min(1).default('200003'),
  /** `<scope>.<templateKey>` of the metadata template carrying contractId / eventId. */
  BOX_METADATA_TEMPLATE: z
    .string()
    .regex(/^[A-Za-z0-9_]+\.[A-Za-z0-9_]+$/, 'scope.templateKey')
    .default('enterprise.playbook'),
  /** Box allows up to 1000 items per page. */
  BOX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  BOX_SYNC_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  BOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(3),
  BOX_RETRY_BASE_MS: z.coerce.number().int().min(0).default(200),
  BOX_MAX_RETRIES: z.coerce.number().int().min(0).default(4),
});
export type BoxSettings = z.infer<typeof boxSettings>;
