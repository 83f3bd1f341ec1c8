// `npm run register --workspace @playbook/contracts [-- --namespace x]`: registers every event schema.
import { parseArgs } from 'node:util';
import { ContractsError } from './errors.ts';
import { type Registration, registerAll } from './registry.ts';

function formatTable(registrations: Registration[]): string {
  const rows = [
    ['subject', 'id', 'version'],
    ...registrations.map((r) => [r.subject, String(r.id), String(r.version)]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { namespace: { type: 'string' } } });
  const registryUrl = process.env.SCHEMA_REGISTRY_URL;
  if (!registryUrl) {
    console.error(
      'register: SCHEMA_REGISTRY_URL is not set (e.g. http://127.0.0.1:28081/apis/ccompat/v7; `npm run infra -- env`)',
    );
    return 1;
  }
  const namespace = values.namespace ?? process.env.BUS_NAMESPACE ?? '';
  try {
    const registrations = await registerAll({ registryUrl, namespace });
    console.log(formatTable(registrations));
    console.log(
      `\nregistered ${registrations.length} event schemas at ${registryUrl}${namespace ? ` (namespace "${namespace}")` : ''}`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ContractsError)) throw error;
    console.error(`register: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main();
