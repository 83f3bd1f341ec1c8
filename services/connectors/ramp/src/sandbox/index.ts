import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { rampSandbox } from './sandbox.ts';
import { seedTransactions } from './seed.ts';

const now = Date.now();
const sandbox = rampSandbox({ transactions: seedTransactions(200, now - 30 * 86_400_000, now) });
const running = await serveSandbox(sandbox.app, Number(process.env.RAMP_SANDBOX_PORT ?? 4101));
console.log(`Ramp sandbox on ${running.url} (client sandbox-client / sandbox-secret-change-me)`);
