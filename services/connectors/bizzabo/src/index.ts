import { runService } from '@playbook/service-kit/run';
import { bizzaboDefinition } from './definition.ts';

await runService(bizzaboDefinition(), { defaultPort: 4026 });
