import type postgres from 'postgres';
import { countBy, type Effects, tally } from './effects.ts';

/** A won HubSpot deal chaos published. */
export interface PublishedDeal {
  dealId: string;
  name: string;
}

/**
 * Flow 3, from events' and work's own schemas: every published won deal linked to exactly one event
 * (deal_links), one event of its name (a second one under another id would be a double), and that
 * event holding each active template's work items exactly once (as many template items as lines).
 */
export async function pipelineEffects(
  db: postgres.Sql,
  schemaOf: (m: string) => string,
  orgId: string,
  deals: PublishedDeal[],
): Promise<Effects> {
  const events = schemaOf('events');
  const work = schemaOf('work');
  const links = await db.unsafe<{ deal_id: string; event_id: string }[]>(
    `select deal_id, event_id from "${events}".deal_links where org_id = $1 and source = 'hubspot' and deal_id = any($2)`,
    [orgId, deals.map((d) => d.dealId)],
  );
  const named = await db.unsafe<{ name: string }[]>(
    `select name from "${events}".events where org_id = $1 and name = any($2)`,
    [orgId, deals.map((d) => d.name)],
  );
  const templates = await db.unsafe<{ template_id: string; lines: number }[]>(
    `select template_id::text, jsonb_array_length(lines)::int as lines from "${work}".work_templates where org_id = $1 and active`,
    [orgId],
  );
  // The demo organization has its run-of-show template; without one, work's step would pass unchecked.
  if (templates.length === 0)
    throw new Error(`no active work template in ${orgId}: flow 3's work items cannot be checked`);
  const items = await db.unsafe<{ event_id: string; template_id: string }[]>(
    `select event_id, template_id::text from "${work}".work_items where source = 'template' and event_id = any($1)`,
    [links.map((l) => l.event_id)],
  );
  const linksOf = countBy(links, (l) => l.deal_id);
  const eventsNamed = countBy(named, (e) => e.name);
  const itemsOf = countBy(items, (i) => `${i.event_id}/${i.template_id}`);
  const eventOf = new Map(links.map((l) => [l.deal_id, l.event_id]));
  const nameOf = new Map(deals.map((d) => [d.dealId, d.name]));
  return tally(
    deals.map((d) => d.dealId),
    (dealId) => {
      const eventId = eventOf.get(dealId);
      const sameName = eventsNamed(nameOf.get(dealId)!);
      if (!eventId || sameName === 0) return 'lost';
      const made = templates.map((t) => ({ lines: t.lines, items: itemsOf(`${eventId}/${t.template_id}`) }));
      if (made.some((m) => m.items < m.lines)) return 'lost';
      return linksOf(dealId) > 1 || sameName > 1 || made.some((m) => m.items > m.lines) ? 'doubled' : 'exact';
    },
  );
}
