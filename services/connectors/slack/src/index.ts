import { runService } from '@playbook/service-kit/run';
import { slackDefinition } from './definition.ts';

await runService(slackDefinition(), { defaultPort: 4022 });
