import { describe as suite, expect, test } from 'vitest';
import { allEvents, describe, subjectFor, topicFor, validateEnvelope } from './catalog.ts';
import type { EventEnvelope } from './generated/types.ts';

const widgetCreated: EventEnvelope<'testkit.WidgetCreated'> = {
  messageId: '4b6f3a52-8a3e-5c1e-9d4b-2f0c9a7e1b11',
  type: 'testkit.WidgetCreated',
  schemaVersion: 1,
  occurredAt: Date.UTC(2025, 0, 1),
  producer: { module: 'testkit', version: '0.1.0' },
  correlationId: 'corr-1',
  scope: { orgId: 'org-1' },
  actor: { kind: 'user', id: 'user-1' },
  counts: { affected: 1 },
  diagnostics: {},
  payload: { widgetId: 'w-1', name: 'Lectern', quantity: 2, unitCostCents: 12_500 },
};

suite('describe / allEvents', () => {
  test('describes a known event type with its topic, record name and schema version', () => {
    const descriptor = describe('testkit.WidgetCreated');
    expect(descriptor).toMatchObject({
      type: 'testkit.WidgetCreated',
      module: 'testkit',
      name: 'WidgetCreated',
      schemaVersion: 1,
      baseTopic: 'playbook.testkit.v1',
      recordName: 'playbook.testkit.WidgetCreated',
    });
    expect(descriptor.avroType.name).toBe('playbook.testkit.WidgetCreated');
  });

  test('throws CONTRACTS.UNKNOWN_EVENT_TYPE for an unknown type', () => {
    expect(() => describe('vendors.Nope')).toThrow(expect.objectContaining({ code: 'CONTRACTS.UNKNOWN_EVENT_TYPE' }));
  });

  test('lists every testkit event, sorted', () => {
    expect(allEvents().map((event) => event.type)).toEqual(
      expect.arrayContaining(['testkit.ProbeRecorded', 'testkit.WidgetCreated', 'testkit.WidgetRenamed']),
    );
    const types = allEvents().map((event) => event.type);
    expect(types).toEqual([...types].sort());
  });

  test('the envelope types keep the playbook.envelope namespace inside every event schema', () => {
    const schema = JSON.stringify(describe('testkit.WidgetRenamed').schema);
    expect(schema).toContain('"namespace":"playbook.envelope"');
    expect(schema).toContain('"name":"WidgetRenamedPayload"');
    expect(schema).not.toContain('"schemaVersion":1'); // the payload attribute is not copied into the event schema
  });

  test('encodes and decodes a whole message, filling defaults', () => {
    const { avroType } = describe('testkit.WidgetCreated');
    const decoded = avroType.fromBuffer(avroType.toBuffer(widgetCreated));
    expect(decoded.payload.tags).toEqual([]);
    expect(decoded.causationId).toBeNull();
    expect(decoded.payload.unitCostCents).toBe(12_500);
  });
});

suite('topicFor / subjectFor', () => {
  test('topic without and with a namespace', () => {
    expect(topicFor('testkit')).toBe('playbook.testkit.v1');
    expect(topicFor('testkit', '')).toBe('playbook.testkit.v1');
    expect(topicFor('testkit', 'ci42')).toBe('ci42.playbook.testkit.v1');
  });

  test('subject follows TopicRecordNameStrategy', () => {
    expect(subjectFor('ci42.playbook.testkit.v1', 'playbook.testkit.WidgetCreated')).toBe(
      'ci42.playbook.testkit.v1-playbook.testkit.WidgetCreated',
    );
  });
});

suite('validateEnvelope', () => {
  test('accepts a valid message', () => {
    expect(validateEnvelope('testkit.WidgetCreated', widgetCreated)).toEqual({ ok: true });
  });

  test('reports each bad value with its path', () => {
    const bad = {
      ...widgetCreated,
      actor: { kind: 'robot', id: 'x' },
      payload: { ...widgetCreated.payload, quantity: 'two' },
    };
    const result = validateEnvelope('testkit.WidgetCreated', bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { path: 'actor.kind', message: 'expected enum playbook.envelope.ActorKind, got "robot"' },
      { path: 'payload.quantity', message: 'expected int, got "two"' },
    ]);
  });

  test('reports missing and undeclared fields, a non-UUID messageId and a mismatched type', () => {
    const { name: _name, ...payloadWithoutName } = widgetCreated.payload;
    const bad = {
      ...widgetCreated,
      messageId: 'not-a-uuid',
      type: 'testkit.WidgetRenamed',
      payload: { ...payloadWithoutName, colour: 'red' },
    };
    const result = validateEnvelope('testkit.WidgetCreated', bad);
    const paths = result.ok ? [] : result.errors.map((error) => error.path);
    expect(paths).toEqual(['payload.name', 'payload.colour', 'messageId', 'type']);
  });

  test('throws for an unknown event type', () => {
    expect(() => validateEnvelope('testkit.Nope', widgetCreated)).toThrow(/unknown event type "testkit.Nope"/);
  });
});
