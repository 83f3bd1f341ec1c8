import { afterAll, beforeAll, describe as suite, expect, test } from 'vitest';
import { checkWithRegistry } from './compat.ts';
import { subjectFor, topicFor } from './naming.ts';
import { deleteSubject, registerSchema, setSubjectCompatibility, subjectCompatibility } from './registry/subjects.ts';
import { randomNamespace, requireRegistryUrl } from './test-support/registry-env.ts';

const record = (fields: object[]) => ({ type: 'record', name: 'CompatProbe', namespace: 'playbook.testkit', fields });
const v1 = record([{ name: 'probeId', type: 'string' }]);
const breakingV2 = record([
  { name: 'probeId', type: 'string' },
  { name: 'color', type: 'string' },
]);
const compatibleV2 = record([
  { name: 'probeId', type: 'string' },
  { name: 'color', type: 'string', default: 'grey' },
]);

suite('the registry compatibility endpoint (BACKWARD_TRANSITIVE subject)', () => {
  let registryUrl = '';
  const subject = subjectFor(topicFor('testkit', randomNamespace('contractscompat')), 'playbook.testkit.CompatProbe');

  beforeAll(async () => {
    registryUrl = requireRegistryUrl();
    expect(await registerSchema(registryUrl, subject, v1)).toMatchObject({ ok: true });
    expect(await setSubjectCompatibility(registryUrl, subject, 'BACKWARD_TRANSITIVE')).toBe(true);
    expect(await subjectCompatibility(registryUrl, subject)).toBe('BACKWARD_TRANSITIVE');
  });
  afterAll(async () => {
    if (registryUrl) await deleteSubject(registryUrl, subject);
  });

  test('rejects a breaking v2, naming the field', async () => {
    const result = await checkWithRegistry({ registryUrl, subject, schema: breakingV2, label: 'testkit.CompatProbe' });
    expect(result.compatible).toBe(false);
    expect(result.breaks).toEqual([
      `testkit.CompatProbe: field "color" was added without a default — old records cannot be read (vs registered ${subject} v1)`,
    ]);
  });

  test('accepts a compatible v2', async () => {
    expect(await checkWithRegistry({ registryUrl, subject, schema: compatibleV2 })).toEqual({
      compatible: true,
      subjectExists: true,
      breaks: [],
    });
  });

  test('checks transitively: a v3 readable from v2 but not from v1 is refused', async () => {
    expect(await registerSchema(registryUrl, subject, compatibleV2)).toMatchObject({ ok: true });
    const v3 = record([
      { name: 'probeId', type: 'string' },
      { name: 'color', type: 'string' },
    ]);
    const result = await checkWithRegistry({ registryUrl, subject, schema: v3 });
    expect(result.compatible).toBe(false);
    expect(result.breaks).toEqual([
      expect.stringContaining(
        `field "color" was added without a default — old records cannot be read (vs registered ${subject} v1)`,
      ),
    ]);
    expect(await registerSchema(registryUrl, subject, v3)).toMatchObject({ ok: false, incompatible: true });
  });

  test('a subject the registry does not know yet accepts anything', async () => {
    const unknown = subjectFor(topicFor('testkit', randomNamespace('contractsnone')), 'playbook.testkit.CompatProbe');
    expect(await checkWithRegistry({ registryUrl, subject: unknown, schema: breakingV2 })).toEqual({
      compatible: true,
      subjectExists: false,
      breaks: [],
    });
  });
});
