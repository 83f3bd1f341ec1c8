import { describe, expect, it } from 'vitest';
import { deliverOnce } from '../src/outbound.ts';

describe('deliverOnce', () => {
  it('creates when the look-up finds nothing, and reuses what an earlier attempt delivered', async () => {
    const created: string[] = [];
    const store = new Map<string, string>();
    const delivery = {
      key: 'd-1',
      lookup: async (k: string) => store.get(k),
      create: async (k: string) => {
        created.push(k);
        store.set(k, 'ts-1');
        return 'ts-1';
      },
    };
    expect(await deliverOnce(delivery)).toEqual({ result: 'ts-1', reused: false });
    expect(await deliverOnce(delivery)).toEqual({ result: 'ts-1', reused: true });
    expect(created).toEqual(['d-1']);
  });
  it('fails with CONNECTOR.DELIVERY_FAILED and the reason (the consumer dead-letters it)', async () => {
    const error = await deliverOnce({
      key: 'd-2',
      create: async () => {
        throw new Error('channel_not_found');
      },
    }).catch((e) => e);
    expect(error.code).toBe('CONNECTOR.DELIVERY_FAILED');
    expect(error.message).toBe('delivery d-2 failed: channel_not_found');
  });
});
