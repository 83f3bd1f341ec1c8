import { runService } from '@playbook/service-kit/run';
import { domoDefinition } from './definition.ts';

await runService(domoDefinition(), { defaultPort: 4029 });
