import { z } from 'zod';

/** The database fragment of every service's env schema. */
export const dbEnv = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  /** When true (development, tests) the service creates its own role and schema with DATABASE_URL as admin. */
  DB_PROVISION: z.stringbool().default(true),
  DB_SERVICE_PASSWORD: z.string().min(8).optional(),
  DB_POOL_MAX: z.coerce.number().int().positive().default(10),
});
export type DbEnv = z.infer<typeof dbEnv>;
