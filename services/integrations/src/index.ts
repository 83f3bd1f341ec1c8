import { runService } from '@playbook/service-kit/run';
import { integrationsDefinition } from './definition.ts';

await runService(integrationsDefinition(), { defaultPort: 4020 });
