import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { slackSandbox } from './sandbox.ts';

const sandbox = slackSandbox();
const running = await serveSandbox(sandbox.app, Number(process.env.SLACK_SANDBOX_PORT ?? 4102));
console.log(`Slack sandbox on ${running.url}/api (bot token xoxb-sandbox-token)`);
