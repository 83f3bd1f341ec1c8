import { type ICustomPartitioner, Partitioners } from 'kafkajs';

/** Key bytes are hashed from here: no Buffer allocated per message for keys up to its size. */
const scratch = Buffer.allocUnsafe(1024);

/**
 * Kafka's murmur2 — the Java client's `Utils.murmur2`, which kafkajs' DefaultPartitioner also
 * uses — in 32-bit integer arithmetic (Math.imul) instead of kafkajs' Long objects, which cost
 * ~10 µs of CPU per message in the relay. Same bits, so a key goes to the same partition as
 * with kafkajs or the Java client.
 */
export function murmur2(data: Uint8Array, length = data.length): number {
  const m = 0x5bd1e995;
  let h = 0x9747b28c ^ length;
  const length4 = length >>> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = data[i4]! | (data[i4 + 1]! << 8) | (data[i4 + 2]! << 16) | (data[i4 + 3]! << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  const tail = length & ~3;
  switch (length & 3) {
    // biome-ignore lint/suspicious/noFallthroughSwitchClause: murmur2 mixes the tail bytes by falling through
    case 3:
      h ^= data[tail + 2]! << 16;
    // biome-ignore lint/suspicious/noFallthroughSwitchClause: as above
    case 2:
      h ^= data[tail + 1]! << 8;
    case 1:
      h ^= data[tail]!;
      h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/** The partition of a key among `partitions`: Kafka's default for keyed messages. */
export function partitionOfKey(key: Buffer | string, partitions: number): number {
  let hash: number;
  if (typeof key !== 'string') hash = murmur2(key);
  else if (key.length * 3 <= scratch.length) hash = murmur2(scratch, scratch.write(key));
  else hash = murmur2(Buffer.from(key));
  return (hash & 0x7fffffff) % partitions;
}

/**
 * kafkajs' DefaultPartitioner with the keyed case computed by `partitionOfKey`: the same
 * partition for every key, at a fraction of the cost. Messages without a key or with an explicit
 * partition are left to kafkajs.
 */
export const KeyHashPartitioner: ICustomPartitioner = () => {
  const fallback = Partitioners.DefaultPartitioner();
  return (args) => {
    const { message, partitionMetadata } = args;
    if (message.partition !== undefined && message.partition !== null) return message.partition;
    if (message.key === undefined || message.key === null || partitionMetadata.length === 0) return fallback(args);
    return partitionOfKey(message.key, partitionMetadata.length);
  };
};
