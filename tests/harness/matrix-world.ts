import { MODULES, type ModuleName } from '@playbook/launcher/modules';
import { accessProjection } from '@playbook/service-kit/access-projection';
import { mintToken } from '@playbook/service-kit/tokens';
import { ROLES, type Role } from '@playbook/service-kit/permissions';
import { eventually } from '@playbook/testing/eventually';
import { JWT_SECRET } from '../support/harness.ts';
import { http, type Slice } from '../support/slice.ts';
import type { Records } from './permission-expectations.ts';

/** Where a principal's one grant sits, relative to the arranged records (which sit at the demo client and event). */
export const GRANT_SCOPES = ['org', 'client', 'event', 'other-client', 'other-event'] as const;
export type GrantScope = (typeof GRANT_SCOPES)[number];
export interface MatrixPrincipal {
  label: string;
  token: string;
  role: Role;
  scope: GrantScope | 'other-org' | 'deactivated';
}

const OTHER_ORG = 'org-matrix-elsewhere';
const OTHER_CLIENT = 'client-matrix-other';
const OTHER_EVENT = 'event-matrix-other';

/**
 * The principals of the matrix, arranged directly in every module's own projection of grants (as the
 * directory's events would write them): a role at each grant scope, an admin of another
 * organization, and a deactivated admin of ours. Another event sits under the demo client.
 */
export async function arrangePrincipals(slice: Slice): Promise<MatrixPrincipal[]> {
  const { orgId, clientId, eventId } = slice.demo;
  const scopeOf: Record<GrantScope, { clientId?: string; eventId?: string }> = {
    org: {},
    client: { clientId },
    event: { clientId, eventId },
    'other-client': { clientId: OTHER_CLIENT },
    'other-event': { clientId, eventId: OTHER_EVENT },
  };
  const principals: MatrixPrincipal[] = [];
  const token = (id: string, org = orgId) => mintToken({ id, orgId: org, name: id }, JWT_SECRET, 3600);
  for (const role of ROLES)
    for (const scope of GRANT_SCOPES)
      principals.push({ label: `${role}@${scope}`, token: await token(`m-${role}-${scope}`), role, scope });
  principals.push({
    label: 'admin@other-org',
    token: await token('m-other-org', OTHER_ORG),
    role: 'admin',
    scope: 'other-org',
  });
  principals.push({
    label: 'deactivated admin',
    token: await token('m-deactivated'),
    role: 'admin',
    scope: 'deactivated',
  });

  for (const m of MODULES) {
    const sql = slice.modulith!.service(m.name).sql();
    await accessProjection.recordClient(sql, orgId, OTHER_CLIENT);
    await accessProjection.recordEvent(sql, orgId, clientId, OTHER_EVENT);
    for (const p of principals) {
      const id =
        p.scope === 'other-org'
          ? 'm-other-org'
          : p.scope === 'deactivated'
            ? 'm-deactivated'
            : `m-${p.role}-${p.scope}`;
      const grantScope =
        p.scope === 'other-org' ? { orgId: OTHER_ORG } : { orgId, ...(scopeOf[p.scope as GrantScope] ?? {}) };
      await accessProjection.grant(sql, { grantId: `g-${id}`, principalId: id, role: p.role, scope: grantScope });
    }
    await accessProjection.deactivate(sql, orgId, 'm-deactivated');
  }
  return principals;
}

/** The records the routes are aimed at: the demo's, plus an engagement (its PO and approval), a work item, a user and a grant. */
export async function arrangeRecords(slice: Slice): Promise<Records> {
  const { demo, url } = slice;
  const admin = demo.users.alex.token;
  const ok = async (answer: Promise<{ status: number; body: Record<string, unknown> }>) => {
    const a = await answer;
    if (a.status >= 300) throw new Error(`arranging answered ${a.status}: ${JSON.stringify(a.body)}`);
    return a.body as Record<string, string> & { items?: Record<string, unknown>[] };
  };
  const post = (module: ModuleName, path: string, body: unknown, key: string) =>
    ok(http(`${url(module)}${path}`, admin, { body, key: `matrix-arrange:${key}` }));
  const get = (module: ModuleName, path: string, token = admin) => ok(http(`${url(module)}${path}`, token));

  const user = await post('directory', '/users', { email: 'target@matrix.example', displayName: 'Target' }, 'user');
  const grant = await post('directory', '/grants', { userId: user.userId, role: 'viewer' }, 'grant');
  const engagement = await post(
    'vendors',
    '/engagements',
    {
      vendorId: demo.vendors.acmeAv,
      eventId: demo.eventId,
      serviceLine: 'led-wall',
      unit: 'day',
      quantity: 3,
      startsOn: '2027-03-10',
      endsOn: '2027-03-12',
      bomLineId: demo.budget.ledWallLineId,
    },
    'engagement',
  );
  const workItem = await post('work', '/work-items', { eventId: demo.eventId, title: 'Matrix target' }, 'work-item');
  const po = await eventually(
    async () => {
      const found = (await get('spend', '/purchase-orders?limit=100')).items?.find(
        (p) => p.engagementId === engagement.engagementId,
      );
      if (!found) throw new Error('no PO yet');
      return found as Record<string, string>;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  const approval = await eventually(
    async () => {
      const found = (await get('approvals', '/approvals/pending?limit=100', demo.users.fran.token)).items?.find(
        (a) => a.subjectId === po.purchaseOrderId,
      );
      if (!found) throw new Error('no approval yet');
      return found as Record<string, string>;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  const entry = (await get('activity', '/activity?limit=100')).items?.find(
    (e) => (e.scope as { eventId?: string } | undefined)?.eventId === demo.eventId,
  ) as Record<string, string>;
  // The demo's heads-up (Bright Catering above its rate card) and the run that raised it.
  const headsUp = await eventually(
    async () => {
      const found = (await get('ai', `/heads-ups?eventId=${demo.eventId}&limit=100`)).items?.[0];
      if (!found) throw new Error('no heads-up yet');
      return found as Record<string, string>;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  const {
    orgId: _o,
    source: _s,
    version: _v,
    updatedBy: _u,
    updatedAt: _a,
    ...policy
  } = await get('approvals', '/policies');
  return {
    orgId: demo.orgId,
    userId: user.userId!,
    grantId: grant.grantId!,
    clientId: demo.clientId,
    eventId: demo.eventId,
    vendorId: demo.vendors.acmeAv,
    cateringId: demo.vendors.brightCatering,
    engagementId: engagement.engagementId!,
    purchaseOrderId: po.purchaseOrderId!,
    id: approval.approvalRequestId!,
    approverRole: approval.approverRole!,
    approverScope: approval.approverScope!,
    messageId: entry.messageId!,
    lineId: demo.budget.ledWallLineId,
    contractId: demo.contracts.acmeMsa,
    workItemId: workItem.workItemId!,
    templateId: demo.work.templateId,
    assetId: demo.assets.assetId,
    brandKitId: demo.assets.brandKitId,
    policy: JSON.stringify(policy),
    headsUpId: headsUp.headsUpId!,
    runId: headsUp.runId!,
    system: 'hubspot',
  };
}
