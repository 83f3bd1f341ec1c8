import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyHashPartitioner, murmur2, partitionOfKey } from '../src/partitioner.ts';

// kafkajs' own murmur2 (Long arithmetic), the reference the fast one must match bit for bit.
const kafkajsMurmur2 = createRequire(import.meta.url)('kafkajs/src/producer/partitioners/default/murmur2.js') as (
  key: Buffer | string,
) => number;

const partitions = (n: number) => Array.from({ length: n }, (_, i) => ({ partitionId: i, leader: 1 }));

describe('KeyHashPartitioner', () => {
  it('hashes every key length and byte value exactly as kafkajs (and the Java client) do', () => {
    const keys: Buffer[] = [Buffer.alloc(0)];
    for (let length = 1; length <= 70; length++) for (let i = 0; i < 20; i++) keys.push(randomBytes(length));
    keys.push(Buffer.alloc(9, 0xff), Buffer.alloc(13, 0x80));
    for (const key of keys) expect(murmur2(key), key.toString('hex')).toBe(kafkajsMurmur2(key));
  });

  it('puts string keys (ASCII and multi-byte UTF-8, short and past its scratch buffer) where kafkajs puts them', () => {
    const keys = [
      '',
      'a',
      'evt_0001',
      'po:7f3a-…-ünïcode-日本語',
      crypto.randomUUID(),
      'x'.repeat(400),
      'é'.repeat(700),
    ];
    for (const key of keys)
      for (const n of [1, 3, 6, 12, 50])
        expect(partitionOfKey(key, n), key).toBe((kafkajsMurmur2(key) & 0x7fffffff) % n);
  });

  it('keeps an explicit partition, and leaves keyless messages to the default round robin', () => {
    const partitioner = KeyHashPartitioner();
    const topic = 't';
    const partitionMetadata = partitions(6) as never;
    expect(partitioner({ topic, partitionMetadata, message: { key: 'k', value: 'v', partition: 4 } })).toBe(4);
    expect(partitioner({ topic, partitionMetadata, message: { key: 'k', value: 'v' } })).toBe(partitionOfKey('k', 6));
    const keyless = new Set(
      Array.from({ length: 12 }, () => partitioner({ topic, partitionMetadata, message: { value: 'v' } })),
    );
    expect(keyless.size).toBe(6);
  });
});
