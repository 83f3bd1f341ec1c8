import { randomUUID } from 'node:crypto';
import type { Cause, EventInput, Producer } from '@playbook/bus/envelope';
import { commandMessageId } from '@playbook/bus/ids';

/** The event every scenario sends: schemas/testkit/ProbeRecorded.avsc. */
export const PROBE_TYPE = 'testkit.ProbeRecorded' as const;

export const BENCH_PRODUCER: Producer = { module: 'testkit', connector: null, version: 'bench' };

/**
 * The probe of `sequence` in `phase`. The phase rides in `note` so a consumer can route the
 * delivery to its measurement; keys cycle over `keys` aggregate ids to spread partitions.
 */
export function probeInput(
  runId: string,
  phase: string,
  sequence: number,
  keys: number,
): EventInput<typeof PROBE_TYPE> {
  const probeId = `${runId}:${phase}:${sequence % keys}`;
  return {
    type: PROBE_TYPE,
    key: probeId,
    payload: { probeId, sequence, sentAtMs: Date.now(), note: phase },
    scope: { orgId: 'bench' },
  };
}

/** A command-like cause: message ids derive from `idempotencyKey`, as in a real command handler. */
export function benchCause(idempotencyKey: string): Cause {
  return {
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'system', id: 'bench', displayName: 'benchmark' },
    messageIdFor: (type, index) => commandMessageId('bench', idempotencyKey, type, index),
  };
}
