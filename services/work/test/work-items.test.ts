import { rulesIncluding } from '@playbook/testing/envelopes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@playbook/testing/eventually';
import { startOverdueFlagger } from '../src/workers/flag-overdue-work.worker.ts';
import { type Arranged, ORG, arrange } from './arrange.ts';
import { body, publishThrough } from './harness.ts';

let t: Arranged;
beforeAll(async () => {
  t = await arrange('work-items');
  // The event's timezone (America/Chicago) reaches work with EventCreated; no template exists here.
  await t.handled('apply-templates-when-event-created', await t.eventCreated('event-a'));
}, 120_000);
afterAll(() => t?.world.dispose());

const create = (who: 'contributor-a' | 'viewer-a' | 'producer-b' | 'admin', input: object) =>
  t.request('POST', '/work-items', who, { eventId: 'event-a', ...input });

describe('work items over HTTP', () => {
  let itemId: string;

  it('lets a contributor create, assign and move an item; each change is an event', async () => {
    const created = await create('contributor-a', { title: 'Print badges', dueOn: '2027-03-01' });
    expect(created.status).toBe(201);
    const item = await body(created);
    expect(item).toMatchObject({ status: 'todo', source: 'manual', timezone: 'America/Chicago', assigneeId: null });
    itemId = item.workItemId;
    const assigned = await t.request('PATCH', `/work-items/${itemId}`, 'contributor-a', { assigneeId: 'u-sam' });
    expect((await body(assigned)).assigneeId).toBe('u-sam');
    for (const to of ['doing', 'done']) {
      const moved = await t.request('POST', `/work-items/${itemId}/status`, 'contributor-a', { to });
      expect((await body(moved)).status).toBe(to);
    }
    expect((await t.outbox('work.WorkItemCreated')).map((r) => r.key)).toEqual([itemId]);
    const [assignedEvent] = await t.outbox('work.WorkItemAssigned');
    expect(assignedEvent!.payload).toMatchObject({
      actor: { id: 'contributor-a' },
      counts: { affected: 1 },
      payload: { assigneeId: 'u-sam', previousAssigneeId: null, assignedBy: 'contributor-a' },
    });
    const moves = (await t.outbox('work.WorkItemStatusChanged')).map((r) => [
      r.payload.payload.from,
      r.payload.payload.to,
    ]);
    expect(moves).toEqual([
      ['todo', 'doing'],
      ['doing', 'done'],
    ]);
  });

  it('refuses to reopen a done item (409) and leaves no outbox row', async () => {
    const before = await t.outboxSize();
    const reopened = await t.request('POST', `/work-items/${itemId}/status`, 'admin', { to: 'doing' });
    expect([reopened.status, (await body(reopened)).code]).toEqual([409, 'WORK.ILLEGAL_TRANSITION']);
    const edited = await t.request('PATCH', `/work-items/${itemId}`, 'admin', { title: 'Reprint' });
    expect([edited.status, (await body(edited)).code]).toEqual([409, 'WORK.ITEM_DONE']);
    expect(await t.outboxSize()).toBe(before);
  });

  it('refuses viewers and people of another event, storing and publishing nothing', async () => {
    const before = await t.outboxSize();
    const items = await t.work.sql()`select 1 from work_items`;
    for (const who of ['viewer-a', 'producer-b'] as const) {
      expect((await create(who, { title: 'Sneaky' })).status).toBe(403);
      expect((await t.request('PATCH', `/work-items/${itemId}`, who, { assigneeId: who })).status).toBe(403);
    }
    expect((await t.request('POST', `/work-items/${itemId}/status`, 'viewer-a', { to: 'blocked' })).status).toBe(403);
    expect(await t.outboxSize()).toBe(before);
    expect(await t.work.sql()`select 1 from work_items`).toHaveLength(items.length);
    expect((await t.request('GET', `/work-items/${itemId}`, 'viewer-a')).status).toBe(200);
    expect((await t.request('GET', `/work-items/${itemId}`, 'producer-b')).status).toBe(403);
  });

  it('lists by assignee and status; an unknown event is 404', async () => {
    const mine = await body(await t.request('GET', '/work-items?assigneeId=u-sam&status=done', 'viewer-a'));
    expect(mine.items.map((i: { workItemId: string }) => i.workItemId)).toEqual([itemId]);
    const unknown = await t.request('POST', '/work-items', 'admin', { eventId: 'event-nowhere', title: 'x' });
    expect([unknown.status, (await body(unknown)).code]).toEqual([404, 'WORK.EVENT_UNKNOWN']);
  });
});

const approvalFact = (
  type:
    | 'approvals.ApprovalRequested'
    | 'approvals.ApprovalEscalated'
    | 'approvals.ApprovalGranted'
    | 'approvals.ApprovalWithdrawn',
  id: string,
) => {
  const common = {
    approvalRequestId: id,
    subjectType: 'purchase-order',
    subjectId: `po-${id}`,
    eventId: 'event-a',
    clientId: 'client-1',
  };
  const payload =
    type === 'approvals.ApprovalRequested'
      ? {
          ...common,
          amountMinor: 1_260_000,
          currency: 'USD',
          policyId: 'pol-1',
          approverRole: 'finance',
          approverScope: 'org',
          requestedBy: 'producer-a',
          dueAt: Date.parse('2027-01-05T17:00:00Z'),
          summary: 'PO 12,600.00 USD to Acme AV',
        }
      : type === 'approvals.ApprovalEscalated'
        ? { ...common, fromRole: 'finance', toRole: 'admin', dueAt: Date.parse('2027-01-07T17:00:00Z') }
        : type === 'approvals.ApprovalGranted'
          ? { ...common, decidedBy: 'fin-1', comment: null }
          : { ...common, reason: 'engagement cancelled' };
  return publishThrough(
    t.approvals,
    { type, key: id, scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' }, payload } as never,
    'fin-1',
  );
};
const taskFor = async (approvalRequestId: string) => {
  const items = await t.itemsOf('event-a');
  return items.find((i) => i.subjectType === 'approval-request' && i.subjectId === approvalRequestId);
};

describe('approver tasks', () => {
  it('opens an unassigned task for the approver role and closes it when the approval is granted', async () => {
    await t.handled(
      'open-approver-task-when-approval-requested',
      await approvalFact('approvals.ApprovalRequested', 'apr-1'),
    );
    expect(await taskFor('apr-1')).toMatchObject({
      title: 'Decide: PO 12,600.00 USD to Acme AV',
      assigneeId: null,
      assigneeRole: 'finance',
      dueOn: '2027-01-05',
      status: 'todo',
      source: 'approval',
    });
    await t.handled(
      'open-approver-task-when-approval-requested',
      await approvalFact('approvals.ApprovalRequested', 'apr-1'),
    );
    expect((await t.itemsOf('event-a')).filter((i) => i.subjectId === 'apr-1')).toHaveLength(1);
    await t.handled(
      'close-approver-task-when-approval-granted',
      await approvalFact('approvals.ApprovalGranted', 'apr-1'),
    );
    const task = await taskFor('apr-1');
    expect(task.status).toBe('done');
    const [closed] = (await t.outbox('work.WorkItemStatusChanged')).filter((r) => r.key === task.workItemId);
    expect(closed!.payload).toMatchObject({
      actor: { id: 'fin-1' },
      payload: { from: 'todo', to: 'done', reason: 'approval granted', changedBy: 'fin-1' },
      rules: rulesIncluding({
        name: 'close-approver-task',
        parameters: { approvalRequestId: 'apr-1', outcome: 'granted' },
      }),
    });
  });

  it('closes the task of a withdrawn request too', async () => {
    await t.handled(
      'open-approver-task-when-approval-requested',
      await approvalFact('approvals.ApprovalRequested', 'apr-2'),
    );
    await t.handled(
      'close-approver-task-when-approval-withdrawn',
      await approvalFact('approvals.ApprovalWithdrawn', 'apr-2'),
    );
    expect((await taskFor('apr-2')).status).toBe('done');
  });
});

describe('overdue items', () => {
  it('flags an open item once its due day has ended in the event’s timezone, once per due date', async () => {
    let clock = Date.parse('2026-01-11T05:59:00Z'); // 23:59 on Jan 10 in Chicago
    const flagger = startOverdueFlagger(t.work, { intervalMs: 3_600_000, now: () => clock });
    const item = await body(await create('contributor-a', { title: 'Send hotel rooming list', dueOn: '2026-01-10' }));
    const finished = await body(await create('contributor-a', { title: 'Done already', dueOn: '2026-01-09' }));
    await t.request('POST', `/work-items/${finished.workItemId}/status`, 'contributor-a', { to: 'done' });
    expect(await flagger.runOnce()).toEqual([]);
    clock = Date.parse('2026-01-11T06:00:00Z');
    expect(await flagger.runOnce()).toEqual([item.workItemId]);
    expect(await flagger.runOnce()).toEqual([]);
    const [overdue, ...more] = await t.outbox('work.WorkItemOverdue');
    expect(more).toHaveLength(0);
    expect(overdue!.payload).toMatchObject({
      actor: { kind: 'schedule', id: 'work-overdue-flagger' },
      rules: rulesIncluding({
        name: 'overdue-after-due-day',
        parameters: { dueOn: '2026-01-10', timezone: 'America/Chicago' },
      }),
      payload: { workItemId: item.workItemId, dueOn: '2026-01-10', status: 'todo' },
    });
    await t.request('PATCH', `/work-items/${item.workItemId}`, 'contributor-a', { dueOn: '2026-01-12' });
    clock = Date.parse('2026-01-13T06:00:00Z');
    expect(await flagger.runOnce()).toEqual([item.workItemId]);
    await eventually(async () => expect(await t.outbox('work.WorkItemOverdue')).toHaveLength(2));
    await flagger.stop();
  });
});
