import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { demoSandbox } from './sandbox.ts';

const sandbox = demoSandbox();
const running = await serveSandbox(sandbox.app, Number(process.env.NEXONIA_SANDBOX_PORT ?? 4104));
console.log(`Nexonia sandbox on ${running.url} (API key nexonia-sandbox-key-change-me)`);
