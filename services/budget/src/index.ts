import { runService } from '@playbook/service-kit/run';
import { definition } from './definition.ts';
import { budgetEnv } from './env.ts';

await runService(definition, { defaultPort: 4007, envSchema: budgetEnv });
