// The Mermaid diagram of modules and topics in docs/architecture.md, from the same model as the catalog.
import { groupBy } from './markdown.ts';
import type { EventModel, SystemModel } from './system-model.ts';

const idOf = (prefix: string, name: string) => `${prefix}_${name.replaceAll('.', '_')}`;

export function renderSystemDiagram(system: SystemModel): string {
  const running = new Set(system.modules.map((m) => m.name));
  const drawn = (owner: string) => running.has(owner) || owner.startsWith('integrations.');
  const typesOf = groupBy(system.events, (e) => e.owner);
  const lines = ['```mermaid', 'flowchart TB'];

  const publishers = [
    ...system.modules.map((m) => ({ owner: m.name, id: idOf('m', m.name) })),
    // A connector the launcher does not run yet is still drawn, from its contracts alone.
    ...[...typesOf.keys()]
      .filter((o) => o.startsWith('integrations.') && !running.has(o))
      .map((o) => ({ owner: o, id: idOf('c', o) })),
  ];
  for (const { owner, id } of publishers) {
    const events = typesOf.get(owner);
    const node = `${id}(["${owner}"])`;
    lines.push(
      events
        ? `  ${node} -->|"${events.length} event type${events.length === 1 ? '' : 's'}"| ${idOf('t', owner)}[["${events[0]!.topic}"]]`
        : `  ${node}`,
    );
  }
  const byType = new Map(system.events.map((e) => [e.type, e]));
  const kitTypes = new Set<string>();
  for (const m of system.modules) {
    const own = new Set<string>();
    for (const reaction of m.consumes) for (const t of reaction.types) (reaction.fromKit ? kitTypes : own).add(t);
    for (const [owner, events] of groupBy(
      [...own].map((t) => byType.get(t)!),
      (e) => e.owner,
    )) {
      if (!drawn(owner)) continue;
      const label = events.length === typesOf.get(owner)!.length && events.length > 2 ? 'every event' : names(events);
      lines.push(`  ${idOf('t', owner)} -->|"${label}"| ${idOf('m', m.name)}`);
    }
  }
  const access = groupBy(
    [...kitTypes].map((t) => byType.get(t)!).filter((e) => drawn(e.owner)),
    (e) => e.owner,
  );
  for (const [owner, events] of access) lines.push(`  ${idOf('t', owner)} -.->|"${names(events)}"| access`);
  if (access.size > 0) lines.push(`  access{{"every module's access projection (the kit)"}}`);
  lines.push('```');
  return lines.join('\n');
}

function names(events: EventModel[]): string {
  return events.map((e) => e.name).join(', ');
}
