import type { EventType } from '@playbook/bus/envelope';
import type { Subscription } from '@playbook/bus/handler';
import { allEvents } from '@playbook/contracts/catalog';
import type { Tx } from '@playbook/db/client';

/**
 * Every event type of every module → one append-only entry. A duplicate delivery is discarded by
 * the inbox, and a second copy under another consumer name would still hit the primary key.
 */
export function recordEveryEvent(): Subscription<Tx> {
  return {
    name: 'record-every-event',
    types: allEvents().map((d) => d.type as EventType),
    async handle(e, { tx }) {
      await tx`
        insert into entries (message_id, type, schema_version, occurred_at, correlation_id, causation_id,
          actor_kind, actor_id, actor_display_name, producer_module, producer_connector, producer_version,
          org_id, client_id, event_id, counts, rules, diagnostics, payload)
        values (${e.messageId}, ${e.type}, ${e.schemaVersion}, ${new Date(e.occurredAt)}, ${e.correlationId}, ${e.causationId ?? null},
          ${e.actor.kind}, ${e.actor.id}, ${e.actor.displayName ?? null}, ${e.producer.module}, ${e.producer.connector ?? null}, ${e.producer.version},
          ${e.scope.orgId}, ${e.scope.clientId ?? null}, ${e.scope.eventId ?? null},
          ${tx.json(e.counts as never)}, ${tx.json(e.rules as never)}, ${tx.json(e.diagnostics as never)}, ${tx.json(e.payload as never)})
        on conflict (message_id) do nothing`;
    },
  };
}
