import { runService } from '@playbook/service-kit/run';
import { definition } from './definition.ts';

await runService(definition, { defaultPort: 4010 });
