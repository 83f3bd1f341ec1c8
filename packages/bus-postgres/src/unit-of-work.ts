import type { Cause } from '@playbook/bus/envelope';
import type { UnitOfWork } from '@playbook/bus/handler';
import type { Sql, Tx } from '@playbook/db/client';
import { outboxPublisher, type OutboxOptions } from './outbox.ts';

/**
 * The transactional side of the bus over PostgreSQL: a handler's side effects, its inbox row and
 * its outgoing events commit together or not at all.
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
    publisher(tx: Tx, cause: Cause) {
      return outboxPublisher(tx, cause, options);
    },
  };
}
