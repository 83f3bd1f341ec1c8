import { runService } from '@playbook/service-kit/run';
import { aiDefinitionFrom } from './definition.ts';
import { aiEnv } from './env.ts';

await runService(aiDefinitionFrom(process.env), { defaultPort: 4011, envSchema: aiEnv });
