import { runService } from '@playbook/service-kit/run';
import { rampDefinition } from './definition.ts';

await runService(rampDefinition(), { defaultPort: 4021 });
