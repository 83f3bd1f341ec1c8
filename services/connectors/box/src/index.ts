import { runService } from '@playbook/service-kit/run';
import { boxDefinition } from './definition.ts';

await runService(boxDefinition(), { defaultPort: 4027 });
