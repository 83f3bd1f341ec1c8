import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { approvalsDefinition } from '../src/definition.ts';
import { createTestWorld, publishThrough, type TestWorld } from './harness.ts';

/** The definition reads APPROVALS_ESCALATION_CHECK_MS itself, so the modulith and a lone service escalate alike. */
const HOUR = 3_600_000;
const START = Date.UTC(2030, 0, 6, 9);
let clock = START;
let world: TestWorld;
let approvals: Service;
let spend: Service;

beforeAll(async () => {
  world = await createTestWorld('approvals-env');
  approvals = await world.start(
    approvalsDefinition({ now: () => clock, env: { APPROVALS_ESCALATION_CHECK_MS: '50' } }),
  );
  spend = await world.start({ name: 'spend' });
}, 90_000);
afterAll(() => world?.dispose());

describe('the escalation interval', () => {
  it('comes from the environment the definition is built with: its worker escalates on its own', async () => {
    const purchaseOrderId = randomUUID();
    await publishThrough(spend, {
      type: 'spend.PurchaseOrderRaised',
      key: purchaseOrderId,
      scope: { orgId: 'org-env', clientId: 'client-1', eventId: 'event-a' },
      payload: {
        purchaseOrderId,
        eventId: 'event-a',
        clientId: 'client-1',
        vendorId: 'v-1',
        vendorName: 'Acme AV',
        amountMinor: 1_000,
        currency: 'USD',
        engagementId: null,
        description: 'cables',
        raisedBy: 'pat',
      },
    });
    const escalations = () =>
      approvals.sql()<{ n: number }[]>`
        select count(*)::int as n from outbox where type = 'approvals.ApprovalEscalated'
          and payload->'payload'->>'subjectId' = ${purchaseOrderId}`;
    await eventually(async () => {
      const rows = await approvals.sql()`select 1 from approval_requests where subject_id = ${purchaseOrderId}`;
      expect(rows).toHaveLength(1);
    });
    expect((await escalations())[0]!.n).toBe(0);
    clock = START + 49 * HOUR;
    await eventually(async () => expect((await escalations())[0]!.n).toBe(1), { timeoutMs: 5_000 });
  });

  it('refuses an interval below 50 ms, naming the variable', () => {
    expect(() => approvalsDefinition({ env: { APPROVALS_ESCALATION_CHECK_MS: '10' } })).toThrow(
      /APPROVALS_ESCALATION_CHECK_MS/,
    );
    expect(() => approvalsDefinition({ env: {} })).not.toThrow();
  });
});
