import { busEnv } from '@playbook/bus-kafka/env';
import { dbEnv } from '@playbook/db/env';
import { telemetryEnv } from '@playbook/telemetry/env';
import { z } from 'zod';

/** What every service reads from its environment; a service extends it with its own fields. */
export const kitEnv = z.object({
  ...dbEnv.shape,
  ...busEnv.shape,
  ...telemetryEnv.shape,
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** HS256 secret that bearer tokens are signed with. */
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** An identity provider's JWKS (RS256/ES256 tokens); with it, AUTH_ISSUER and AUTH_AUDIENCE. */
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  SERVICE_VERSION: z.string().default('0.1.0'),
  /** The service's schema (and role svc_<schema>); defaults to the module name. */
  DB_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,50}$/)
    .optional(),
});
export type KitEnv = z.infer<typeof kitEnv>;

export class EnvError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid environment:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

export function parseEnv<S extends z.ZodType>(
  schema: S,
  source: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
}

/** For a service's index.ts: prints each bad field and exits 1. */
export function loadEnvOrExit<S extends z.ZodType>(schema: S): z.infer<S> {
  try {
    return parseEnv(schema);
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
}
