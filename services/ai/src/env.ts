import { kitEnv } from '@playbook/service-kit/env';
import { z } from 'zod';

/** The AI module's own settings: which provider answers asks (rules by default, needing nothing outside). */
export const aiEnv = kitEnv.extend({
  AI_PROVIDER: z.enum(['rules', 'openai-compatible']).default('rules'),
  /** Base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1 (POST {base}/chat/completions). */
  AI_BASE_URL: z.url().optional(),
  AI_MODEL: z.string().min(1).optional(),
  AI_API_KEY: z.string().min(1).optional(),
});
export type AiEnv = z.infer<typeof aiEnv>;
