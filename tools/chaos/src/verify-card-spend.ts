import type postgres from 'postgres';
import { countBy, type Effects, tally } from './effects.ts';

/** A Ramp charge chaos published, and the event its "Event" tag names (null: untagged, never allocated). */
export interface PublishedCharge {
  id: string;
  eventId: string | null;
}

/**
 * Flow 2, from spend's own schema: every published charge imported exactly once (card_transactions),
 * and a tagged one allocated exactly once, to its event (the row's event and one SpendAllocated in
 * spend's outbox); an untagged one never allocated.
 */
export async function cardSpendEffects(
  db: postgres.Sql,
  schemaOf: (m: string) => string,
  charges: PublishedCharge[],
): Promise<Effects> {
  const spend = schemaOf('spend');
  const ids = charges.map((c) => c.id);
  const imported = await db.unsafe<{ id: string; event_id: string | null }[]>(
    `select source_transaction_id as id, event_id from "${spend}".card_transactions
      where source = 'ramp' and source_transaction_id = any($1)`,
    [ids],
  );
  const allocated = await db.unsafe<{ id: string }[]>(
    `select payload->'payload'->>'sourceId' as id from "${spend}".outbox
      where type = 'spend.SpendAllocated' and payload->'payload'->>'source' = 'card'
        and payload->'payload'->>'sourceId' = any($1)`,
    [ids],
  );
  const imports = countBy(imported, (r) => r.id);
  const allocations = countBy(allocated, (r) => r.id);
  const allocatedTo = new Map(imported.map((r) => [r.id, r.event_id]));
  const taggedWith = new Map(charges.map((c) => [c.id, c.eventId]));
  return tally(ids, (id) => {
    const eventId = taggedWith.get(id) ?? null;
    if (imports(id) === 0) return 'lost';
    if (eventId !== null && (allocations(id) === 0 || allocatedTo.get(id) !== eventId)) return 'lost';
    return imports(id) > 1 || allocations(id) > (eventId === null ? 0 : 1) ? 'doubled' : 'exact';
  });
}
