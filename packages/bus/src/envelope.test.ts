import { describe, expect, it } from 'vitest';
import { buildEnvelope, type Cause } from './envelope.ts';
import { CodedError } from '@playbook/errors/coded-error';
import { commandMessageId, connectorBatchMessageId, handlerMessageId } from './ids.ts';

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('deterministic message ids', () => {
  it('derive the same id from the same inputs, and a UUIDv5', () => {
    expect(commandMessageId('testkit', 'key-1', 'testkit.WidgetCreated')).toBe(
      commandMessageId('testkit', 'key-1', 'testkit.WidgetCreated'),
    );
    expect(commandMessageId('testkit', 'key-1', 'testkit.WidgetCreated')).toMatch(UUID_V5);
    expect(connectorBatchMessageId('netsuite', 'bills', '2025-01-01', '2025-01-31')).toBe(
      connectorBatchMessageId('netsuite', 'bills', '2025-01-01', '2025-01-31'),
    );
    expect(handlerMessageId('m-1', 'rename-when-created', 'testkit.WidgetRenamed')).toBe(
      handlerMessageId('m-1', 'rename-when-created', 'testkit.WidgetRenamed'),
    );
  });

  it('derive different ids when any input differs', () => {
    const ids = [
      commandMessageId('testkit', 'key-1', 'testkit.WidgetCreated'),
      commandMessageId('testkit', 'key-2', 'testkit.WidgetCreated'),
      commandMessageId('vendors', 'key-1', 'testkit.WidgetCreated'),
      commandMessageId('testkit', 'key-1', 'testkit.WidgetRenamed'),
      commandMessageId('testkit', 'key-1', 'testkit.WidgetCreated', 1),
      connectorBatchMessageId('netsuite', 'bills', '2025-01-01', '2025-01-31'),
      connectorBatchMessageId('netsuite', 'bills', '2025-02-01', '2025-02-28'),
      handlerMessageId('m-1', 'rename-when-created', 'testkit.WidgetRenamed'),
      handlerMessageId('m-2', 'rename-when-created', 'testkit.WidgetRenamed'),
      handlerMessageId('m-1', 'other-handler', 'testkit.WidgetRenamed'),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

const cause: Cause = {
  correlationId: 'corr-1',
  causationId: 'req-1',
  actor: { kind: 'user', id: 'u-1', displayName: null },
  messageIdFor: (type, index) => commandMessageId('testkit', 'idem-1', type, index),
};
const producer = { module: 'testkit', connector: null, version: '1.0.0' };
const widget = { widgetId: 'w-1', name: 'Lanyard', quantity: 3, unitCostCents: 250 };

describe('buildEnvelope', () => {
  it('fills the envelope from the cause and validates it', () => {
    const envelope = buildEnvelope(
      {
        type: 'testkit.WidgetCreated',
        key: 'w-1',
        payload: widget,
        scope: { orgId: 'o-1' },
        occurredAt: 1_700_000_000_000,
      },
      cause,
      producer,
    );
    expect(envelope).toMatchObject({
      messageId: commandMessageId('testkit', 'idem-1', 'testkit.WidgetCreated', 0),
      type: 'testkit.WidgetCreated',
      schemaVersion: 1,
      occurredAt: 1_700_000_000_000,
      correlationId: 'corr-1',
      causationId: 'req-1',
      scope: { orgId: 'o-1', clientId: null, eventId: null },
      actor: cause.actor,
      counts: { affected: 1 },
      rules: [],
      payload: widget,
    });
    expect(envelope.diagnostics.retries).toBeNull();
  });

  it('is deterministic: the same input and cause give the same message id; another index another id', () => {
    const input = { type: 'testkit.WidgetCreated' as const, key: 'w-1', payload: widget, scope: { orgId: 'o-1' } };
    expect(buildEnvelope(input, cause, producer).messageId).toBe(buildEnvelope(input, cause, producer).messageId);
    expect(buildEnvelope(input, cause, producer, 1).messageId).not.toBe(
      buildEnvelope(input, cause, producer).messageId,
    );
  });

  it('treats diagnostics given as undefined as not given', () => {
    const envelope = buildEnvelope(
      {
        type: 'testkit.WidgetCreated',
        key: 'w-1',
        payload: widget,
        scope: { orgId: 'o-1' },
        diagnostics: { elapsedMs: 12, retries: undefined },
      },
      cause,
      producer,
    );
    expect(envelope.diagnostics).toMatchObject({ elapsedMs: 12, retries: null });
  });

  it('rejects a payload that does not match its contract with BUS.INVALID_EVENT naming the field', () => {
    const bad = { ...widget, quantity: 'three' } as unknown as typeof widget;
    const build = () =>
      buildEnvelope(
        { type: 'testkit.WidgetCreated', key: 'w-1', payload: bad, scope: { orgId: 'o-1' } },
        cause,
        producer,
      );
    expect(build).toThrow(CodedError);
    expect(build).toThrow(/payload\.quantity/);
    try {
      build();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'BUS.INVALID_EVENT',
        details: { errors: [expect.objectContaining({ path: 'payload.quantity' })] },
      });
    }
  });

  it('rejects a missing required field and an undeclared one, naming each', () => {
    const { name: _name, ...noName } = widget;
    const input = {
      type: 'testkit.WidgetCreated' as const,
      key: 'w-1',
      payload: { ...noName, colour: 'red' } as unknown as typeof widget,
      scope: { orgId: 'o-1' },
    };
    expect(() => buildEnvelope(input, cause, producer)).toThrow(
      expect.objectContaining({
        code: 'BUS.INVALID_EVENT',
        message: expect.stringMatching(/payload\.name.*payload\.colour|payload\.colour.*payload\.name/),
      }),
    );
  });
});
