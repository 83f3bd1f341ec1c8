import { runService } from '@playbook/service-kit/run';
import { aiDefinition, aiOptionsFrom, providerSettingsFrom } from './definition.ts';
import { aiEnv } from './env.ts';

const env = aiEnv.parse(process.env);
await runService(aiDefinition(providerSettingsFrom(env), aiOptionsFrom(env)), {
  defaultPort: 4011,
  envSchema: aiEnv,
});
