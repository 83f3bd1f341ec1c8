import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { demoSandbox } from './sandbox.ts';

const sandbox = demoSandbox();
const running = await serveSandbox(sandbox.app, Number(process.env.HUBSPOT_SANDBOX_PORT ?? 4105));
console.log(`HubSpot sandbox on ${running.url} (private app token pat-sandbox-0000-token-change-me)`);
