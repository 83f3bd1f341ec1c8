import { kitEnv } from '@playbook/service-kit/env';
import { z } from 'zod';

export const approvalsEnv = kitEnv.extend({
  /** How often the escalator looks for overdue requests. */
  APPROVALS_ESCALATION_CHECK_MS: z.coerce.number().int().min(50).default(60_000),
});
export type ApprovalsEnv = z.infer<typeof approvalsEnv>;
