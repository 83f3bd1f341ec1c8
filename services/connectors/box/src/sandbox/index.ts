import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { demoSandbox } from './sandbox.ts';

const sandbox = demoSandbox();
const running = await serveSandbox(sandbox.app, Number(process.env.BOX_SANDBOX_PORT ?? 4107));
console.log(
  `Box sandbox on ${running.url} (API ${running.url}/2.0, uploads ${running.url}/api/2.0; client sandbox-box-client / sandbox-box-secret-change-me)`,
);
