// A module run inside the modulith reads its own settings from the environment exactly as it does
// in its own process: approvals' APPROVALS_ESCALATION_CHECK_MS sets how often its escalator runs.
import { startModulith, type Modulith } from '@playbook/launcher/modulith';
import { EnvError } from '@playbook/service-kit/env';
import { dropModuleSchema } from '@playbook/testing/cleanup';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorld, JWT_SECRET, type World } from '../support/harness.ts';

let world: World;
let modulith: Modulith | undefined;
let schema: string;

beforeAll(async () => {
  world = await createWorld('modulith-settings');
  schema = `approvals_${world.namespace.replaceAll('-', '_')}`;
});

afterAll(async () => {
  await modulith?.stop();
  await dropModuleSchema(schema);
  await world.dispose();
});

const source = (checkMs: string) => ({
  ...process.env,
  AUTH_JWT_SECRET: JWT_SECRET,
  BUS_NAMESPACE: world.namespace,
  APPROVALS_ESCALATION_CHECK_MS: checkMs,
});

it('rejects an invalid APPROVALS_ESCALATION_CHECK_MS, naming it, before starting anything', async () => {
  const start = startModulith(world.env, { only: ['approvals'], ports: { approvals: 0 }, source: source('10') });
  await expect(start).rejects.toThrow(EnvError);
  await expect(start).rejects.toThrow(/APPROVALS_ESCALATION_CHECK_MS/);
});

it('runs the escalator every APPROVALS_ESCALATION_CHECK_MS (50 ms here, not the one-minute default)', async () => {
  modulith = await startModulith(world.env, {
    only: ['approvals'],
    ports: { approvals: 0 },
    serviceOptions: () => ({ schema }),
    source: source('50'),
  });
  // Overdue, at the top of its chain: an escalator pass clears its deadline.
  await modulith.service('approvals').sql()`
    insert into approval_requests (approval_request_id, org_id, client_id, event_id, subject_type, subject_id,
      amount_minor, currency, policy_id, approver_role, approver_scope, requested_by, summary, escalate_after_ms,
      escalation_chain, due_at, correlation_id, last_message_id, requested_at)
    values ('ar-overdue', 'org-acme', 'client-1', 'event-a', 'purchase-order', 'po-1', 100, 'USD', 'policy-1',
      'finance', 'client', 'pat', 'overdue', 1000, ${[{ role: 'finance', scope: 'client' }] as never}, now() - interval '1 hour',
      'corr-1', 'msg-1', now() - interval '2 hours')`;
  await eventually(
    async () => {
      const [row] = await modulith!.service('approvals').sql()`
        select due_at from approval_requests where approval_request_id = 'ar-overdue'`;
      expect(row?.due_at).toBeNull();
    },
    { timeoutMs: 5_000 },
  );
});
