import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe as suite, expect, test } from 'vitest';
import { allEvents, describe } from './catalog.ts';
import { lookupRegisteredSchema, registerAll, subjectOf } from './registry.ts';
import { deleteSubject, registerSchema, subjectCompatibility } from './registry/subjects.ts';
import { randomNamespace, requireRegistryUrl } from './test-support/registry-env.ts';

const registerCli = fileURLToPath(new URL('./register-cli.ts', import.meta.url));
const runCli = promisify(execFile);

suite('registerAll', () => {
  let registryUrl = '';
  const namespaces: string[] = [];
  const fresh = (prefix: string) => {
    const namespace = randomNamespace(prefix);
    namespaces.push(namespace);
    return namespace;
  };

  beforeAll(() => {
    registryUrl = requireRegistryUrl();
  });
  afterAll(async () => {
    if (!registryUrl) return;
    for (const namespace of namespaces)
      for (const event of allEvents()) await deleteSubject(registryUrl, subjectOf(event, namespace));
  });

  test('registers every event under its namespaced subject, BACKWARD_TRANSITIVE, idempotently', async () => {
    const namespace = fresh('contractsreg');
    const first = await registerAll({ registryUrl, namespace });
    expect(first.map((r) => r.type)).toEqual(allEvents().map((event) => event.type));
    expect(first.find((r) => r.type === 'testkit.WidgetCreated')).toMatchObject({
      subject: `${namespace}.playbook.testkit.v1-playbook.testkit.WidgetCreated`,
      version: 1,
    });
    expect(await registerAll({ registryUrl, namespace })).toEqual(first);
    for (const registration of first)
      expect(await subjectCompatibility(registryUrl, registration.subject)).toBe('BACKWARD_TRANSITIVE');
    expect(await lookupRegisteredSchema({ registryUrl, namespace, type: 'testkit.ProbeRecorded' })).toEqual(
      first.find((r) => r.type === 'testkit.ProbeRecorded'),
    );
  });

  test('lookupRegisteredSchema never registers: an unregistered event fails with CONTRACTS.SCHEMA_NOT_REGISTERED', async () => {
    await expect(
      lookupRegisteredSchema({ registryUrl, namespace: fresh('contractsnone'), type: 'testkit.WidgetRenamed' }),
    ).rejects.toMatchObject({
      code: 'CONTRACTS.SCHEMA_NOT_REGISTERED',
    });
  });

  test('an incompatible schema fails naming the subject and the field', async () => {
    const namespace = fresh('contractsbad');
    const descriptor = describe('testkit.WidgetCreated');
    const subject = subjectOf(descriptor, namespace);
    const quantityAsString = JSON.parse(
      JSON.stringify(descriptor.schema).replace('"name":"quantity","type":"int"', '"name":"quantity","type":"string"'),
    );
    expect(await registerSchema(registryUrl, subject, quantityAsString)).toMatchObject({ ok: true });
    const failure = registerAll({ registryUrl, namespace });
    await expect(failure).rejects.toMatchObject({ code: 'CONTRACTS.INCOMPATIBLE_SCHEMA' });
    await expect(failure).rejects.toThrow(`under subject "${subject}"`);
    await expect(failure).rejects.toThrow('field "payload.quantity" changed type from string to int');

    const cli = runCli(process.execPath, [registerCli, '--namespace', namespace], {
      env: { ...process.env, SCHEMA_REGISTRY_URL: registryUrl },
    });
    await expect(cli).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`under subject "${subject}"`) });
  });

  test('the CLI prints subject → id → version and honours BUS_NAMESPACE', async () => {
    const namespace = fresh('contractscli');
    const { stdout } = await runCli(process.execPath, [registerCli], {
      env: { ...process.env, SCHEMA_REGISTRY_URL: registryUrl, BUS_NAMESPACE: namespace },
    });
    expect(stdout).toMatch(/^subject\s+id\s+version$/m);
    expect(stdout).toMatch(
      new RegExp(`^${namespace}\\.playbook\\.testkit\\.v1-playbook\\.testkit\\.WidgetCreated\\s+\\d+\\s+1$`, 'm'),
    );
  });
});
