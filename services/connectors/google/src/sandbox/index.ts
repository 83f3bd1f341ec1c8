import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { demoSandbox } from './sandbox.ts';

const sandbox = demoSandbox();
const running = await serveSandbox(sandbox.app, Number(process.env.GOOGLE_SANDBOX_PORT ?? 4108));
console.log(`Google Workspace sandbox on ${running.url} (OAuth client sandbox-client.apps.googleusercontent.com)`);
