// docs/domain-catalog.md, rendered from the system model (see system-model.ts).
import { eventSection } from './catalog-events.ts';
import { eventLink, GENERATED_NOTICE, groupBy } from './markdown.ts';
import type { EventModel, ModuleModel, SystemModel } from './system-model.ts';

const CONNECTOR_PREFIX = 'integrations.';

export function renderCatalog(system: SystemModel): string {
  const { modules, events } = system;
  const running = new Set(modules.map((m) => m.name));
  const connectorEvents = events.filter((e) => e.owner.startsWith(CONNECTOR_PREFIX));
  const contractOnly = events.filter((e) => !running.has(e.owner) && !e.owner.startsWith(CONNECTOR_PREFIX));
  const connectors = groupBy(connectorEvents, (e) => e.owner.slice(CONNECTOR_PREFIX.length));
  const lines = [
    '# Domain catalog',
    '',
    GENERATED_NOTICE,
    '',
    `${modules.length} modules, ${events.length} event types (${events.length - contractOnly.length} with a running producer), ${connectors.size} connectors.`,
    'Every module publishes to its own topic `playbook.<module>.v1`, keyed by aggregate id; every message is an',
    '`AuditEnvelope` (see [architecture.md](architecture.md)) whose `payload` is the event record. Each running module',
    'serves its OpenAPI document at `/openapi.json` and its AsyncAPI 3 document (topics, keys, Avro schemas, headers)',
    'at `/asyncapi.json`.',
    '',
    `Besides its own subscriptions, every module keeps the kit's access projection (grants and the scope tree, to authorize locally): ${accessTypes(modules).map(eventLink).join(', ')}.`,
    '',
    '## Modules',
    '',
    '| module | port | scope | aggregates | topic | publishes | consumes |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...modules.map(
      (m) =>
        `| [${m.name}](#${m.name.replaceAll('.', '')}) | ${m.port} | ${m.scope ?? '—'} | ${m.aggregates.join(', ') || '—'} | \`${m.topic}\` | ${m.publishes.length} | ${ownTypes(m).length} |`,
    ),
    '',
    ...modules.flatMap((m) => moduleSection(m, events)),
    '## Connectors',
    '',
    connectors.size === 0
      ? 'None yet. A connector publishes its batches to `playbook.integrations.<system>.v1`; its datasets are the event types under `schemas/integrations/<system>/`, and they appear here when they exist.'
      : 'Each connector publishes one batch envelope per fetched window to `playbook.integrations.<system>.v1`; a dataset is one batch event type.',
    '',
    ...[...connectors].flatMap(([system, datasets]) =>
      connectorSection(
        system,
        datasets,
        modules.find((m) => m.name === system || m.name === datasets[0]!.owner),
      ),
    ),
    ...(contractOnly.length === 0
      ? []
      : [
          '## Contracts without a running module',
          '',
          'These event types have a schema under `schemas/` but no module in the launcher publishes them (yet, or they are test fixtures):',
          '',
          ...[...groupBy(contractOnly, (e) => e.owner)].map(
            ([owner, list]) => `- **${owner}**: ${list.map((e) => eventLink(e.type)).join(', ')}`,
          ),
          '',
        ]),
    '## Events',
    '',
    ...[...groupBy(events, (e) => e.owner)].flatMap(([owner, list]) => [
      `### Events of ${owner}`,
      '',
      ...list.flatMap((e) => eventSection(e, modules.length)),
    ]),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function accessTypes(modules: ModuleModel[]): string[] {
  return [...new Set(modules.flatMap((m) => m.consumes.filter((r) => r.fromKit).flatMap((r) => r.types)))];
}

function ownTypes(m: ModuleModel): string[] {
  return [...new Set(m.consumes.filter((r) => !r.fromKit).flatMap((r) => r.types))];
}

function moduleSection(m: ModuleModel, events: EventModel[]): string[] {
  const byType = new Map(events.map((e) => [e.type, e]));
  const own = m.consumes.filter((r) => !r.fromKit);
  return [
    `### ${m.name}`,
    '',
    m.description ?? `${m.title}.`,
    '',
    `- **Scope**: ${m.scope ?? 'not declared in its definition'}`,
    `- **Aggregates**: ${m.aggregates.join(', ') || 'not declared in its definition'}`,
    `- **Topic**: \`${m.topic}\` · port ${m.port} · \`/openapi.json\` · \`/asyncapi.json\``,
    `- **Publishes**: ${m.publishes.map(eventLink).join(', ') || 'nothing'}`,
    `- **Consumes**:${own.length === 0 ? ' nothing of its own' : ''}`,
    ...(own.length === 0
      ? []
      : [
          '',
          '  | consumer (inbox key) | reacts to |',
          '  | --- | --- |',
          ...own.map((r) => `  | \`${r.consumer}\` | ${reactsTo(r.types, byType)} |`),
        ]),
    '',
  ];
}

/** A subscription to every type of a topic reads as the topic; otherwise each type is named. */
function reactsTo(types: string[], byType: Map<string, EventModel>): string {
  const perOwner = groupBy(
    types.map((t) => byType.get(t)!),
    (e) => e.owner,
  );
  if (perOwner.size > 3) return `every event type (${types.length}, on ${perOwner.size} topics)`;
  return types.map(eventLink).join(', ');
}

function connectorSection(system: string, datasets: EventModel[], runs: ModuleModel | undefined): string[] {
  return [
    `### ${system}`,
    '',
    `- **Runs as**: ${runs ? `the ${runs.name} module (port ${runs.port})` : 'no module in the launcher yet'}`,
    `- **Topic**: \`${datasets[0]!.topic}\``,
    `- **Datasets**: ${datasets.map((e) => `${eventLink(e.type)} (${e.fields.length} fields)`).join(', ')}`,
    `- **Consumed by**: ${[...new Set(datasets.flatMap((e) => e.consumers.map((c) => c.module)))].join(', ') || 'nobody yet'}`,
    '',
  ];
}
