import { rulesIncluding } from '@playbook/testing/envelopes';
import { resetConsumerGroup } from '@playbook/bus-kafka/replay';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workDefinition } from '../src/definition.ts';
import { type Arranged, arrange } from './arrange.ts';
import { body } from './harness.ts';

let t: Arranged;
beforeAll(async () => {
  t = await arrange('work-templates');
}, 120_000);
afterAll(() => t?.world.dispose());

const runOfShow = {
  name: 'Summit run-of-show',
  lines: [
    { title: 'Confirm venue walkthrough', anchor: 'start', offsetDays: -30, assigneeRole: 'producer' },
    { title: 'Final run-of-show to client', anchor: 'start', offsetDays: -7 },
    { title: 'Wrap report', anchor: 'end', offsetDays: 2 },
  ],
};

describe('organization templates', () => {
  let templateId: string;

  it('are admin-only to write: producers, contributors and viewers are refused and nothing is stored', async () => {
    for (const who of ['producer-a', 'contributor-a', 'viewer-a'] as const) {
      const refused = await t.request('POST', '/work-templates', who, runOfShow);
      expect([refused.status, (await body(refused)).code]).toEqual([403, 'AUTH.FORBIDDEN']);
    }
    expect(await t.work.sql()`select 1 from work_templates`).toHaveLength(0);
    const created = await t.request('POST', '/work-templates', 'admin', runOfShow);
    expect(created.status).toBe(201);
    const template = await body(created);
    expect(template).toMatchObject({ name: 'Summit run-of-show', version: 1 });
    expect(template.lines[1]).toEqual({ ...runOfShow.lines[1], assigneeRole: null });
    templateId = template.templateId;
    const read = await body(await t.request('GET', '/work-templates', 'contributor-a'));
    expect(read.items.map((x: { templateId: string }) => x.templateId)).toEqual([templateId]);
  });

  it('refuses a line with an offset that is not a whole number of days', async () => {
    const bad = { name: 'x', lines: [{ title: 'y', anchor: 'start', offsetDays: 1.5 }] };
    expect((await t.request('POST', '/work-templates', 'admin', bad)).status).toBe(400);
  });

  it('are applied once when an event is created, with due dates from the event’s days', async () => {
    const messageId = await t.eventCreated('event-a');
    await t.handled('apply-templates-when-event-created', messageId);
    const items = await t.itemsOf('event-a', 'producer-a');
    expect(items.map((i) => [i.title, i.dueOn, i.status, i.assigneeRole])).toEqual([
      ['Confirm venue walkthrough', '2027-02-08', 'todo', 'producer'],
      ['Final run-of-show to client', '2027-03-03', 'todo', null],
      ['Wrap report', '2027-03-14', 'todo', null],
    ]);
    expect(items[0]).toMatchObject({ source: 'template', templateId, templateVersion: 1, timezone: 'America/Chicago' });
    const created = await t.outbox('work.WorkItemCreated');
    expect(created).toHaveLength(3);
    expect(created[0]!.payload).toMatchObject({
      causationId: messageId,
      scope: { orgId: 'org-work', clientId: 'client-1', eventId: 'event-a' },
      counts: { affected: 1, templateLines: 3, line: 1 },
      rules: rulesIncluding({
        name: 'work-template',
        parameters: { templateId, version: '1', due: '30 days before start' },
      }),
    });
  });

  it('creates nothing twice: not for the fact re-sent, nor for a replay without the inbox after an edit', async () => {
    const edited = await t.request('PATCH', `/work-templates/${templateId}`, 'admin', {
      lines: [...runOfShow.lines, { title: 'Thank-you notes', anchor: 'end', offsetDays: 5 }],
    });
    expect((await body(edited)).version).toBe(2);
    await t.handled('apply-templates-when-event-created', await t.eventCreated('event-a'));
    await t.work.stop();
    const schema = `work_${t.world.namespace.replaceAll('-', '_')}`;
    await t.world.admin.unsafe(`delete from "${schema}".inbox where consumer = 'apply-templates-when-event-created'`);
    await resetConsumerGroup(
      t.events.bus().kafka,
      `${t.world.namespace}.work`,
      `${t.world.namespace}.playbook.events.v1`,
      'earliest',
    );
    t.work = await t.world.start(workDefinition({ overdueCheckMs: 3_600_000 }));
    for (const { id } of await t.events.sql()<{ id: string }[]>`select id from outbox`) {
      await t.handled('apply-templates-when-event-created', id);
    }
    expect(await t.itemsOf('event-a')).toHaveLength(3);
    expect(await t.outbox('work.WorkItemCreated')).toHaveLength(3);
  });

  it('gives a new event the template’s current version', async () => {
    await t.handled('apply-templates-when-event-created', await t.eventCreated('event-b'));
    const items = await t.itemsOf('event-b', 'producer-b');
    expect(items).toHaveLength(4);
    expect(items.every((i) => i.templateVersion === 2)).toBe(true);
    const seenByProducerA = await body(await t.request('GET', '/work-items?limit=100', 'producer-a'));
    expect(seenByProducerA.items.map((i: { eventId: string }) => i.eventId)).not.toContain('event-b');
    expect((await t.request('GET', '/work-items?eventId=event-b', 'producer-a')).status).toBe(403);
  });

  it('stops applying a retired template', async () => {
    expect((await t.request('DELETE', `/work-templates/${templateId}`, 'contributor-a')).status).toBe(403);
    expect((await t.request('DELETE', `/work-templates/${templateId}`, 'admin')).status).toBe(204);
    expect((await t.request('GET', `/work-templates/${templateId}`, 'admin')).status).toBe(404);
    const messageId = await t.eventCreated('event-c');
    await t.handled('apply-templates-when-event-created', messageId);
    await eventually(async () => expect(await t.itemsOf('event-c')).toEqual([]));
  });
});
