import { runService } from '@playbook/service-kit/run';
import { aiDefinition, providerSettingsFrom } from './definition.ts';
import { aiEnv } from './env.ts';

await runService(aiDefinition(providerSettingsFrom(aiEnv.parse(process.env))), {
  defaultPort: 4011,
  envSchema: aiEnv,
});
