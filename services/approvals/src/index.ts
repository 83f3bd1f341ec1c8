import { runService } from '@playbook/service-kit/run';
import { definition } from './definition.ts';
import { approvalsEnv } from './env.ts';

await runService(definition, { defaultPort: 4005, envSchema: approvalsEnv });
