import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually } from '@playbook/testing/eventually';
import { startOtlpReceiver } from '../support/otlp-receiver.ts';
import { startSlice, type Slice } from '../support/slice.ts';
import { aiFlagsAndProducerPushesBack } from './ai-heads-up.ts';
import { cardSpendCarriedByTheDemo, pipelineCarriedByTheDemo } from './connector-flows.ts';
import { cancelAndRelease, engageApproveAndAudit, FLOW_TYPES } from './flow.ts';

const OTLP_PRODUCER = 4;
const OTLP_CONSUMER = 5;
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let slice: Slice;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  slice = await startSlice('processes', { otlpEndpoint: receiver.endpoint });
}, 240_000);
afterAll(async () => {
  await slice?.dispose();
  await receiver?.close();
});

it('runs the same flow with every module and connector in its own process, one trace across all of them', async () => {
  const traceId = '5b8efff798038103d269b633813fc60c';
  const ids = await engageApproveAndAudit(slice, 'flow-processes-1', `00-${traceId}-eee19b7ec3c1b174-01`);

  const flow = await eventually(
    () => {
      const found = receiver.spans.filter(
        (s) =>
          s.attributes['playbook.correlation_id'] === 'flow-processes-1' &&
          (s.kind === OTLP_PRODUCER || s.kind === OTLP_CONSUMER),
      );
      expect(new Set(found.filter((s) => s.kind === OTLP_PRODUCER).map((s) => s.name.replace('publish ', '')))).toEqual(
        new Set(FLOW_TYPES),
      );
      const consumedIn = new Set(found.filter((s) => s.kind === OTLP_CONSUMER).map((s) => s.service));
      for (const module of ['spend', 'approvals', 'activity']) expect(consumedIn).toContain(module);
      return found;
    },
    { timeoutMs: 30_000 },
  );
  expect(new Set(flow.map((s) => s.traceId))).toEqual(new Set([traceId]));
  const services = new Set(flow.map((s) => s.service));
  for (const module of ['vendors', 'spend', 'approvals', 'activity']) expect(services).toContain(module);
  await cancelAndRelease(slice, ids);
});

it('flags the demo engagement above the rate card in its own process; the producer pushes back; activity tells it', async () => {
  await aiFlagsAndProducerPushesBack(slice);
});

it('carries flows 3 and 2 through the sandboxes, every connector in its own process; asked again, nothing changes', async () => {
  await pipelineCarriedByTheDemo(slice);
  await cardSpendCarriedByTheDemo(slice);
});
