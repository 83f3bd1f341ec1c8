import { describe, expect, it } from 'vitest';
import { renderFlowDiagram, type TrailEntry } from './flow-diagram.ts';

let seq = 0;
const entry = (id: string, type: string, cause: string | null, consumer?: string, actor = 'u-pat'): TrailEntry => ({
  messageId: id,
  sequence: ++seq,
  type,
  occurredAt: new Date(Date.UTC(2027, 0, 1, 0, 0, seq)).toISOString(),
  causationId: cause,
  actor: { kind: 'user', id: actor, displayName: actor === 'u-pat' ? 'Pat Producer' : 'Fran Finance' },
  producer: { module: type.split('.')[0]!, connector: null },
  rules: consumer
    ? [{ name: 'reaction', parameters: { consumer, cause: 'x' } }]
    : [{ name: 'permission', parameters: { permission: 'engagements.write', at: 'event', roles: 'producer' } }],
});

const trail = [
  entry('1', 'vendors.VendorEngaged', 'request-1'),
  entry('2', 'spend.PurchaseOrderRaised', '1', 'raise-po-when-vendor-engaged'),
  entry('3', 'contracts.ContractDrafted', '1', 'draft-sow-when-vendor-engaged'),
  entry('4', 'approvals.ApprovalRequested', '2', 'route-approval-when-po-raised'),
  entry('5', 'approvals.ApprovalGranted', 'request-2', undefined, 'u-fran'),
  entry('6', 'spend.PurchaseOrderApproved', '5', 'approve-po-when-approval-granted'),
];

describe('a flow drawn from its audit trail', () => {
  it('follows causation: each step from its cause, reactions under the message they react to', () => {
    const arrows = renderFlowDiagram(trail, 'activity')
      .split('\n')
      .filter((l) => l.includes('->>'))
      .map((l) => l.trim());
    expect(arrows).toEqual([
      'a1->>m_vendors: command (engagements.write as producer)',
      'm_vendors->>t_vendors: VendorEngaged',
      't_vendors->>m_contracts: draft-sow-when-vendor-engaged',
      'm_contracts->>t_contracts: ContractDrafted',
      't_vendors->>m_spend: raise-po-when-vendor-engaged',
      'm_spend->>t_spend: PurchaseOrderRaised',
      't_spend->>m_approvals: route-approval-when-po-raised',
      'm_approvals->>t_approvals: ApprovalRequested',
      'a2->>m_approvals: command (engagements.write as producer)',
      'm_approvals->>t_approvals: ApprovalGranted',
      't_approvals->>m_spend: approve-po-when-approval-granted',
      'm_spend->>t_spend: PurchaseOrderApproved',
    ]);
  });

  it('declares people as actors and topics by their names, and notes what activity recorded', () => {
    const diagram = renderFlowDiagram(trail, 'activity');
    expect(diagram).toMatch(/^sequenceDiagram\n {2}autonumber\n {2}actor a1 as Pat Producer\n/);
    expect(diagram).toContain('participant t_vendors as playbook.vendors.v1');
    expect(diagram).toContain('actor a2 as Fran Finance');
    expect(diagram.trimEnd().split('\n').at(-1)).toBe(
      '  Note over m_activity: recorded all 6 messages under one correlation id',
    );
  });

  it('draws the same diagram whatever order concurrent reactions were recorded in', () => {
    const reordered = [trail[0]!, { ...trail[2]!, sequence: 0 }, trail[1]!, ...trail.slice(3)].reverse();
    expect(renderFlowDiagram(reordered, 'activity')).toBe(renderFlowDiagram(trail, 'activity'));
  });
});
