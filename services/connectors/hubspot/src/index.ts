import { runService } from '@playbook/service-kit/run';
import { hubspotDefinition } from './definition.ts';

await runService(hubspotDefinition(), { defaultPort: 4025 });
