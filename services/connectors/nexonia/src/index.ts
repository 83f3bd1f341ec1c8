import { runService } from '@playbook/service-kit/run';
import { nexoniaDefinition } from './definition.ts';

await runService(nexoniaDefinition(), { defaultPort: 4024 });
