// `npm run compat --workspace @playbook/contracts [-- --namespace x]`: checks schemas/ against its git
// history and, when SCHEMA_REGISTRY_URL is set, every event schema against the registry.
import { parseArgs } from 'node:util';
import { allEvents } from './catalog.ts';
import { checkSchemasAgainstHistory, checkWithRegistry } from './compat.ts';
import { subjectOf } from './registry.ts';

async function registryBreaks(registryUrl: string, namespace: string): Promise<string[]> {
  const breaks: string[] = [];
  for (const event of allEvents()) {
    const subject = subjectOf(event, namespace);
    const result = await checkWithRegistry({ registryUrl, subject, schema: event.schema, label: event.type });
    breaks.push(...result.breaks);
  }
  return breaks;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { namespace: { type: 'string' } } });
  const history = checkSchemasAgainstHistory();
  console.log(
    `git history: checked ${history.checked.length} files against ${history.checked.reduce((sum, c) => sum + c.committedVersions, 0)} committed versions`,
  );
  const breaks = [...history.breaks];
  const registryUrl = process.env.SCHEMA_REGISTRY_URL;
  if (registryUrl) {
    breaks.push(...(await registryBreaks(registryUrl, values.namespace ?? process.env.BUS_NAMESPACE ?? '')));
    console.log(`registry: checked ${allEvents().length} event schemas at ${registryUrl}`);
  } else {
    console.log('registry: SCHEMA_REGISTRY_URL not set, registry check skipped');
  }
  for (const sentence of breaks) console.error(`BREAKING  ${sentence}`);
  console.log(breaks.length === 0 ? 'compat: no breaking changes' : `compat: ${breaks.length} breaking change(s)`);
  return breaks.length === 0 ? 0 : 1;
}

process.exitCode = await main();
