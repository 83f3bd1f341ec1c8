// One event's entry in the catalog: where it travels, its key, who publishes and who reacts, its fields.
import { anchorOf, cell } from './markdown.ts';
import type { ConsumerModel, EventModel } from './system-model.ts';

export function eventSection(e: EventModel, moduleCount: number): string[] {
  return [
    `<a id="${anchorOf(e.type)}"></a>`,
    '',
    `#### ${e.type}`,
    '',
    e.doc,
    '',
    `- **Topic**: \`${e.topic}\` · **key**: ${e.key.field ? `\`${e.key.field}\`` : e.key.description}`,
    `- **Producer**: ${e.producer ?? 'no running module yet'} · schema version ${e.schemaVersion} · \`${e.file}\``,
    `- **Consumers**: ${consumersOf(e.consumers, moduleCount)}`,
    '',
    '| field | type | meaning |',
    '| --- | --- | --- |',
    ...e.fields.map((f) => `| \`${f.name}\` | ${cell(f.type)} | ${cell(f.doc)} |`),
    '',
  ];
}

function consumersOf(consumers: ConsumerModel[], moduleCount: number): string {
  const own = consumers.filter((c) => !c.fromKit).map((c) => `${c.module} (\`${c.consumer}\`)`);
  const kit = consumers.filter((c) => c.fromKit);
  const kitNames = [...new Set(kit.map((c) => c.consumer))].map((n) => `\`${n}\``).join(', ');
  const access =
    kit.length === 0
      ? []
      : [
          kit.length === moduleCount
            ? `every module (${kitNames}, the kit's access projection)`
            : `${kit.map((c) => c.module).join(', ')} (${kitNames}, the kit's access projection)`,
        ];
  return [...own, ...access].join(', ') || 'none yet';
}
