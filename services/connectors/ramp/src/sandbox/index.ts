import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { demoSandbox } from './sandbox.ts';

const running = await serveSandbox(demoSandbox().app, Number(process.env.RAMP_SANDBOX_PORT ?? 4101));
console.log(`Ramp sandbox on ${running.url} (client sandbox-client / sandbox-secret-change-me)`);
