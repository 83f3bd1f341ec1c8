import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { demoSandbox } from './sandbox.ts';

const sandbox = demoSandbox();
const running = await serveSandbox(sandbox.app, Number(process.env.NETSUITE_SANDBOX_PORT ?? 4103));
console.log(
  `NetSuite sandbox on ${running.url} (client sandbox-client, certificate sandbox-certificate, the published sandbox key)`,
);
