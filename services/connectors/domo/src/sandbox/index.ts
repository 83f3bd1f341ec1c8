import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { demoSandbox } from './sandbox.ts';

const sandbox = demoSandbox();
const running = await serveSandbox(sandbox.app, Number(process.env.DOMO_SANDBOX_PORT ?? 4109));
console.log(`Domo sandbox on ${running.url} (client sandbox-domo-client / sandbox-domo-secret-change-me)`);
