import { runService } from '@playbook/service-kit/run';
import { netsuiteDefinition } from './definition.ts';

await runService(netsuiteDefinition(), { defaultPort: 4023 });
