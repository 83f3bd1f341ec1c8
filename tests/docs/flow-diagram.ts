// A flow's audit trail (activity's entries under one correlation id) as a Mermaid sequence diagram:
// who started each step, which module published what on which topic, and which consumer reacted.
import { topicFor } from '@playbook/contracts/catalog';

export interface TrailEntry {
  messageId: string;
  sequence: number;
  type: string;
  occurredAt: string;
  causationId: string | null;
  actor: { kind: string; id: string; displayName: string | null };
  producer: { module: string; connector: string | null };
  rules: { name: string; parameters: Record<string, string> }[];
}

/**
 * Steps in causal order: each entry nobody in the trail caused (a person's request, a schedule, a
 * connector's fetch) starts a branch, in the order they happened; under it, what each reaction
 * published, depth first. Reactions to the same message run concurrently, so siblings are listed by
 * module, consumer and type — the diagram is the same on every run of the same behaviour.
 */
export function renderFlowDiagram(trail: TrailEntry[], recorder: string): string {
  const byId = new Map(trail.map((e) => [e.messageId, e]));
  const caused = new Map<string, TrailEntry[]>();
  for (const e of trail) {
    if (e.causationId && byId.has(e.causationId)) caused.set(e.causationId, [...(caused.get(e.causationId) ?? []), e]);
  }
  const roots = trail
    .filter((e) => !e.causationId || !byId.has(e.causationId))
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.sequence - b.sequence);

  const participants = new Map<string, string>();
  const declare = (id: string, declaration: string) => {
    if (!participants.has(id)) participants.set(id, declaration);
    return id;
  };
  // A connector module is named integrations.<system>: a Mermaid id has no dots.
  const moduleId = (name: string) =>
    declare(`m_${name.replaceAll('.', '_')}`, `participant m_${name.replaceAll('.', '_')} as ${name}`);
  const topicId = (type: string) => {
    const owner = type.slice(0, type.lastIndexOf('.'));
    return declare(
      `t_${owner.replaceAll('.', '_')}`,
      `participant t_${owner.replaceAll('.', '_')} as ${topicFor(owner)}`,
    );
  };
  const actors = new Map<string, string>();
  const actorId = (actor: TrailEntry['actor']) => {
    const id = actors.get(actor.id) ?? `a${actors.size + 1}`;
    actors.set(actor.id, id);
    return declare(
      id,
      `${actor.kind === 'user' ? 'actor' : 'participant'} ${id} as ${actor.displayName ?? actor.kind}`,
    );
  };

  const arrows: string[] = [];
  const publish = (e: TrailEntry) => {
    arrows.push(`  ${moduleId(e.producer.module)}->>${topicId(e.type)}: ${e.type.slice(e.type.lastIndexOf('.') + 1)}`);
    const reactions = [...(caused.get(e.messageId) ?? [])].sort(
      (a, b) =>
        a.producer.module.localeCompare(b.producer.module) ||
        reactionOf(a).localeCompare(reactionOf(b)) ||
        a.type.localeCompare(b.type),
    );
    let previous = '';
    for (const next of reactions) {
      const reaction = `${next.producer.module}/${reactionOf(next)}`;
      if (reaction !== previous)
        arrows.push(`  ${topicId(e.type)}->>${moduleId(next.producer.module)}: ${reactionOf(next)}`);
      previous = reaction;
      publish(next);
    }
  };
  for (const root of roots) {
    arrows.push(`  ${actorId(root.actor)}->>${moduleId(root.producer.module)}: ${requestOf(root)}`);
    publish(root);
  }
  const audit = moduleId(recorder);
  arrows.push(`  Note over ${audit}: recorded all ${trail.length} messages under one correlation id`);
  return ['sequenceDiagram', '  autonumber', ...[...participants.values()].map((p) => `  ${p}`), ...arrows].join('\n');
}

/** The consumer that published this message in reaction to its cause (the kit notes it in `rules`). */
function reactionOf(e: TrailEntry): string {
  return e.rules.find((r) => r.name === 'reaction')?.parameters.consumer ?? 'reacts';
}

/** What started a branch: the permission a person's command was checked against, or the actor's kind. */
function requestOf(e: TrailEntry): string {
  const permission = e.rules.find((r) => r.name === 'permission')?.parameters;
  if (!permission) return e.actor.kind === 'user' ? 'command' : `${e.actor.kind} run`;
  return `command (${permission.permission} as ${permission.roles})`;
}
