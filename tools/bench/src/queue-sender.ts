import type { Message, Producer } from 'kafkajs';

/** One in-flight produce request at a time, each taking everything queued (up to `maxBatch`). */
export function queueSender(producer: Producer, topic: string, maxBatch: number) {
  const queue: Message[] = [];
  let wake: (() => void) | undefined;
  let closing = false;
  let failure: unknown;
  let largest = 0;
  const loop = (async () => {
    while (!closing || queue.length > 0) {
      if (queue.length === 0) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const batch = queue.splice(0, maxBatch);
      largest = Math.max(largest, batch.length);
      await producer.send({ topic, acks: -1, messages: batch });
    }
  })().catch((error: unknown) => {
    failure = error;
  });
  const poke = () => {
    wake?.();
    wake = undefined;
  };
  return {
    enqueue(messages: Message[]) {
      if (failure) throw failure;
      queue.push(...messages);
      poke();
    },
    async close() {
      closing = true;
      poke();
      await loop;
      if (failure) throw failure;
    },
    maxBatch: () => largest,
  };
}
