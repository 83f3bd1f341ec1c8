import { serveSandbox } from '@playbook/connector-kit/sandbox';
import { DEMO_BIZZABO_EVENT_ID, demoSandbox } from './sandbox.ts';

const sandbox = demoSandbox();
const running = await serveSandbox(sandbox.app, Number(process.env.BIZZABO_SANDBOX_PORT ?? 4106));
console.log(
  `Bizzabo sandbox on ${running.url} (client sandbox-client / bizzabo-sandbox-secret-change-me, account 145306; demo event ${DEMO_BIZZABO_EVENT_ID})`,
);
