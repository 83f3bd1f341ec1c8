import { runService } from '@playbook/service-kit/run';
import { approvalsDefinition } from './definition.ts';
import { approvalsEnv } from './env.ts';

await runService(
  approvalsDefinition({ escalationCheckMs: approvalsEnv.parse(process.env).APPROVALS_ESCALATION_CHECK_MS }),
  {
    defaultPort: 4005,
    envSchema: approvalsEnv,
  },
);
