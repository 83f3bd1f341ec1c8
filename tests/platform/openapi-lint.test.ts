import { createConfig, lintFromString } from '@redocly/openapi-core';
import { type EnvSource, MODULES, SERVICES } from '@playbook/launcher/modules';
import { kitEnv, parseEnv } from '@playbook/service-kit/env';
import { createService } from '@playbook/service-kit/service';
import { describe, expect, it } from 'vitest';
import { JWT_SECRET } from '../support/harness.ts';

/**
 * Every service's /openapi.json as a client generator reads it: linted with Redocly's recommended
 * rules (an independent, well-kept linter), no errors and no warnings. Every module of the launcher
 * is covered, so a new module is linted the day it is added.
 */
const env = parseEnv(kitEnv, { ...process.env, AUTH_JWT_SECRET: JWT_SECRET, LOG_LEVEL: 'warn' });

async function documentOf(name: string, load: (source: EnvSource) => Promise<Parameters<typeof createService>[0]>) {
  const service = createService(await load(process.env), env);
  const response = await service.app.request('/openapi.json');
  expect(response.status, name).toBe(200);
  return (await response.json()) as { paths: Record<string, Record<string, { operationId?: string }>> };
}

describe('the OpenAPI documents', () => {
  it.each(SERVICES.map((m) => [m.name, m.load] as const))('%s passes the recommended rules', async (name, load) => {
    const document = await documentOf(name, load);
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: `${name}.json`, config });
    const found = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(found, `${name}: ${found.join('\n')}`).toEqual([]);
  });

  it('names every operation, uniquely across the system', async () => {
    const ids: string[] = [];
    for (const m of MODULES) {
      const document = await documentOf(m.name, m.load);
      for (const operations of Object.values(document.paths)) {
        for (const operation of Object.values(operations)) ids.push(operation.operationId ?? '(none)');
      }
    }
    expect(ids).not.toContain('(none)');
    expect(ids.length).toBeGreaterThan(MODULES.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
