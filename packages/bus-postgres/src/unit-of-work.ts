import type { Cause } from '@playbook/bus/envelope';
import type { InboxClaim, UnitOfWork } from '@playbook/bus/handler';
import type { Sql, Tx } from '@playbook/db/client';
import { chunkBySize } from './chunks.ts';
import { outboxBuffer, outboxPublisher, type OutboxOptions } from './outbox.ts';

const pairKey = (consumer: string, messageId: string) => `${consumer}\u0000${messageId}`;

/** Claims every pair in one statement (per MiB); returns the pairs claimed now (the others were handled before). */
async function claimInbox(tx: Tx, claims: InboxClaim[]): Promise<Set<string>> {
  const unique = [...new Map(claims.map((c) => [pairKey(c.consumer, c.messageId), c])).values()];
  const claimed = new Set<string>();
  for (const chunk of chunkBySize(unique, (c) => c.consumer.length + c.messageId.length + 8)) {
    const rows = await tx<{ consumer: string; message_id: string }[]>`
      insert into inbox (consumer, message_id)
      select * from unnest(${tx.array(chunk.map((c) => c.consumer))}::text[], ${tx.array(chunk.map((c) => c.messageId))}::text[])
      on conflict do nothing
      returning consumer, message_id`;
    for (const row of rows) claimed.add(pairKey(row.consumer, row.message_id));
  }
  return claimed;
}

/**
 * The transactional side of the bus over PostgreSQL: a handler's side effects, its inbox row and
 * its outgoing events commit together or not at all — for one message, or for a whole batch.
 */
export function postgresUnitOfWork(sql: Sql, options: OutboxOptions): UnitOfWork<Tx> {
  return {
    async runOnce(consumer, messageId, fn) {
      let outcome: 'handled' | 'duplicate' = 'handled';
      await sql.begin(async (tx) => {
        const claimed = await tx`
          insert into inbox (consumer, message_id) values (${consumer}, ${messageId})
          on conflict do nothing returning 1`;
        if (claimed.length === 0) {
          outcome = 'duplicate';
          return;
        }
        await fn(tx);
      });
      return outcome;
    },
    async runBatch(claims, fn) {
      return (await sql.begin(async (tx) => {
        const claimed = await claimInbox(tx, claims);
        const outbox = outboxBuffer(tx, options);
        const result = await fn({
          tx,
          take: (consumer, messageId) => claimed.delete(pairKey(consumer, messageId)),
          publisher: (cause: Cause) => outbox.publisher(cause),
        });
        await outbox.flush();
        return result;
      })) as Awaited<ReturnType<typeof fn>>;
    },
    publisher(tx: Tx, cause: Cause) {
      return outboxPublisher(tx, cause, options);
    },
    deferredPublisher(tx: Tx, cause: Cause) {
      const outbox = outboxBuffer(tx, options);
      return { publisher: outbox.publisher(cause), flush: () => outbox.flush() };
    },
  };
}
