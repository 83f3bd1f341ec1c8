import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCatalog } from './catalog.ts';
import { DOCS_DIR, expectedDocuments } from './documents.ts';
import { renderSystemDiagram } from './system-diagram.ts';
import { loadSystem } from './system-model.ts';

/**
 * The generated documents match what the code and schemas/ say today. When this fails, run
 * `npm run docs` and commit the result: the diff is the change in behaviour, for review.
 */
const system = await loadSystem();

describe('the generated documentation', () => {
  it.each([...expectedDocuments(system)])('docs/%s is up to date (npm run docs)', (file, expected) => {
    const committed = readFileSync(`${DOCS_DIR}${file}`, 'utf8');
    expect(committed, `docs/${file} is stale: run \`npm run docs\` and commit it`).toBe(expected);
  });

  it('lists every module of the launcher and every event type of schemas/, with producers and consumers', () => {
    const catalog = renderCatalog(system);
    for (const m of system.modules) expect(catalog).toContain(`### ${m.name}\n`);
    for (const e of system.events) expect(catalog).toContain(`#### ${e.type}\n`);
    const engaged = system.events.find((e) => e.type === 'vendors.VendorEngaged')!;
    expect(engaged).toMatchObject({ producer: 'vendors', topic: 'playbook.vendors.v1', key: { field: 'vendorId' } });
    expect(engaged.consumers).toContainEqual({
      module: 'spend',
      consumer: 'raise-po-when-vendor-engaged',
      fromKit: false,
    });
    const granted = system.events.find((e) => e.type === 'directory.RoleGranted')!;
    expect(granted.consumers.filter((c) => c.fromKit)).toHaveLength(system.modules.length);
  });

  it('follows a change in the code: a new module and a new subscription show up in catalog and diagram', () => {
    const engaged = system.events.find((e) => e.type === 'vendors.VendorEngaged')!;
    const changed = {
      modules: [
        ...system.modules,
        {
          ...system.modules[0]!,
          name: 'contracts',
          aggregates: ['Contract'],
          publishes: ['contracts.ContractSentForSignature'],
          consumes: [{ consumer: 'draft-sow-when-vendor-engaged', types: [engaged.type], fromKit: false }],
        },
      ],
      events: system.events,
    };
    expect(renderSystemDiagram(changed)).toContain('t_vendors -->|"VendorEngaged"| m_contracts');
    expect(renderCatalog(changed)).toContain('| `draft-sow-when-vendor-engaged` | [vendors.VendorEngaged]');
  });
});
