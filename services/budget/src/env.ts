import { kitEnv } from '@playbook/service-kit/env';
import { z } from 'zod';
import type { SignOffPolicy } from './domain/budget.ts';

const budgetSettings = {
  /** A BOM line revision moving the planned amount by more than this (minor units) asks approvals for a sign-off. */
  BUDGET_SIGN_OFF_THRESHOLD_MINOR: z.coerce.number().int().min(0).default(250_000),
};
export const budgetEnv = kitEnv.extend(budgetSettings);

/** The sign-off policy in force, read from the environment when a revision is made (index.ts checks it at start). */
export const signOffPolicy = (env: Record<string, string | undefined> = process.env): SignOffPolicy => ({
  thresholdMinor: z.object(budgetSettings).parse(env).BUDGET_SIGN_OFF_THRESHOLD_MINOR,
});
