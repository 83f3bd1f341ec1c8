import { kitEnv } from '@playbook/service-kit/env';
import { z } from 'zod';

/** The AI module's own settings: which provider answers asks (rules by default, needing nothing outside). */
export const aiOwnEnv = z.object({
  AI_PROVIDER: z.enum(['rules', 'openai-compatible']).default('rules'),
  /** Base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1 (POST {base}/chat/completions). */
  AI_BASE_URL: z.url().optional(),
  AI_MODEL: z.string().min(1).optional(),
  AI_API_KEY: z.string().min(1).optional(),
  /** How often the readiness sweep looks for engagements without a signed contract close to their event. */
  AI_READINESS_SWEEP_MS: z.coerce.number().int().min(50).default(3_600_000),
  /** How many days before an event an engagement should have a signed contract. */
  AI_CONTRACT_LEAD_DAYS: z.coerce.number().int().min(0).max(365).default(14),
});
export type AiOwnEnv = z.infer<typeof aiOwnEnv>;

export const aiEnv = kitEnv.extend(aiOwnEnv.shape);
