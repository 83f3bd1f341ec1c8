import { runService } from '@playbook/service-kit/run';
import { googleDefinition } from './definition.ts';

await runService(googleDefinition(), { defaultPort: 4028 });
