import { z } from 'zod';

/** The contracts module's own settings (the kit's are read by the kit). */
export const contractsEnv = z.object({
  /** How many days before a contract's end date ContractExpiring is published. */
  CONTRACTS_EXPIRY_NOTICE_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  /** How often the expiry worker looks for contracts to notice. */
  CONTRACTS_EXPIRY_CHECK_MS: z.coerce.number().int().min(50).default(3_600_000),
});
export type ContractsEnv = z.infer<typeof contractsEnv>;
