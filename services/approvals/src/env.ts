import { kitEnv } from '@playbook/service-kit/env';
import { z } from 'zod';

/** What approvals reads from its environment besides the kit's, in both run modes. */
export const approvalsOwnEnv = z.object({
  /** How often the escalator looks for overdue requests. */
  APPROVALS_ESCALATION_CHECK_MS: z.coerce.number().int().min(50).default(60_000),
});
export const approvalsEnv = kitEnv.extend(approvalsOwnEnv.shape);
export type ApprovalsEnv = z.infer<typeof approvalsEnv>;
