import { ROOT_CONTEXT } from '@opentelemetry/api';
import type { AnyEnvelope } from '@playbook/bus/envelope';
import { onAny, type InboxClaim, type Subscription, type UnitOfWork } from '@playbook/bus/handler';
import { createLogger } from '@playbook/telemetry/logger';
import { expect, it } from 'vitest';
import { createBatchDispatcher, type Delivery } from '../src/batch-dispatch.ts';

// The dispatcher's own decisions, over a unit of work that records what it was asked to do (the
// transactions themselves are tested against PostgreSQL in bus-postgres and the batch tests here).

const delivery = (messageId: string, type: string): Delivery => ({
  envelope: { messageId, type } as unknown as AnyEnvelope,
  active: ROOT_CONTEXT,
});

function recordingUnitOfWork() {
  const batches: InboxClaim[][] = [];
  const uow: UnitOfWork<'tx'> = {
    async runBatch(claims, fn) {
      batches.push(claims);
      const unclaimed = new Set(claims.map((c) => `${c.consumer}/${c.messageId}`));
      return fn({
        tx: 'tx',
        take: (consumer, messageId) => unclaimed.delete(`${consumer}/${messageId}`),
        publisher: () => ({ publish: async () => ({}) as never }),
      });
    },
    runOnce: async () => 'handled',
    publisher: () => ({ publish: async () => ({}) as never }),
    deferredPublisher: () => ({ publisher: { publish: async () => ({}) as never }, flush: async () => {} }),
  };
  return { uow, batches };
}

const handled: string[] = [];
const subscriptions: Subscription<'tx'>[] = [
  onAny<'tx'>('record-when-vendor-engaged', ['vendors.VendorEngaged'], async (e) => {
    handled.push(e.messageId);
  }),
];
const dispatcherOver = (uow: UnitOfWork<'tx'>) =>
  createBatchDispatcher({ subscriptions, uow, log: createLogger('batch-dispatch-test', 'warn'), service: 'test' });

it('opens no transaction for a batch whose types no subscription handles', async () => {
  const { uow, batches } = recordingUnitOfWork();
  const result = await dispatcherOver(uow)(
    [delivery('m1', 'vendors.VendorRated'), delivery('m2', 'vendors.VendorRegistered')],
    () => undefined,
  );
  expect(result).toEqual({ ok: true, outcomes: ['ignored', 'ignored'] });
  expect(batches).toEqual([]);
});

it('claims only the messages a subscription handles, in one transaction, and ignores the rest', async () => {
  const { uow, batches } = recordingUnitOfWork();
  handled.length = 0;
  const result = await dispatcherOver(uow)(
    [
      delivery('m1', 'vendors.VendorRated'),
      delivery('m2', 'vendors.VendorEngaged'),
      delivery('m3', 'vendors.VendorEngaged'),
    ],
    () => undefined,
  );
  expect(result).toEqual({ ok: true, outcomes: ['ignored', 'handled', 'handled'] });
  expect(batches).toEqual([
    [
      { consumer: 'record-when-vendor-engaged', messageId: 'm2' },
      { consumer: 'record-when-vendor-engaged', messageId: 'm3' },
    ],
  ]);
  expect(handled).toEqual(['m2', 'm3']);
});
