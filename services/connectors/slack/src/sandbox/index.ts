import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { demoSandbox } from './sandbox.ts';

const running = await serveSandbox(demoSandbox().app, Number(process.env.SLACK_SANDBOX_PORT ?? 4102));
console.log(`Slack sandbox on ${running.url}/api (bot token xoxb-sandbox-token)`);
