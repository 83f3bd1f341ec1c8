import { dropServiceDatabase } from '@playbook/db/provision';
import { Kafka, logLevel } from 'kafkajs';
import { eventually } from './eventually.ts';
import { requireInfraEnv } from './infra.ts';

/**
 * What a test namespace leaves on the broker and the registry: its topics (each module's, and
 * their `.dlq.<group>` dead-letter topics), its consumer groups (`<namespace>.<service>`, or any
 * group naming it, like the bus tests' `g-<namespace>-<name>`), and its schema subjects.
 */
export interface NamespaceTraces {
  topics: string[];
  groups: string[];
  subjects: string[];
}

const admin = () =>
  new Kafka({ clientId: 'test-cleanup', brokers: requireInfraEnv().kafkaBrokers, logLevel: logLevel.NOTHING }).admin();

const registry = () => requireInfraEnv().registryUrl.replace(/\/+$/, '');

async function subjects(): Promise<string[]> {
  const response = await fetch(`${registry()}/subjects`);
  if (!response.ok) throw new Error(`GET /subjects answered ${response.status}`);
  return (await response.json()) as string[];
}

/** Every topic, group and subject whose name `matches`. */
export async function tracesMatching(matches: (name: string) => boolean): Promise<NamespaceTraces> {
  const kafka = admin();
  await kafka.connect();
  try {
    const [topics, { groups }, registered] = await Promise.all([kafka.listTopics(), kafka.listGroups(), subjects()]);
    return {
      topics: topics.filter(matches).sort(),
      groups: groups
        .map((g) => g.groupId)
        .filter(matches)
        .sort(),
      subjects: registered.filter(matches).sort(),
    };
  } finally {
    await kafka.disconnect();
  }
}

/** The topics, groups and subjects a namespace left. */
export const namespaceTraces = (namespace: string) => tracesMatching((name) => name.includes(namespace));

/**
 * A consumer that just left may still count as a member for a moment (NON_EMPTY_GROUP): retry
 * those. A group the broker already dropped on its own (GROUP_ID_NOT_FOUND) is gone, as wanted.
 */
async function deleteGroups(kafka: ReturnType<typeof admin>, groups: string[], attempts = 10): Promise<void> {
  let left = groups;
  for (let attempt = 1; left.length > 0; attempt++) {
    try {
      await kafka.deleteGroups(left);
      return;
    } catch (error) {
      const failed = ((error as { groups?: { groupId: string; error?: { type?: string } }[] }).groups ?? []).filter(
        (g) => g.error?.type !== 'GROUP_ID_NOT_FOUND',
      );
      if (failed.length === 0 && (error as { groups?: unknown }).groups) return;
      if (attempt >= attempts) {
        const why = failed.map((g) => `${g.groupId}: ${g.error?.type}`).join(', ');
        throw new Error(`could not delete consumer groups (${why || String(error)})`, { cause: error });
      }
      if (failed.length > 0) left = failed.map((g) => g.groupId);
      await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
    }
  }
}

/** The groups among `groups` that have live members right now (a run still using them). */
export async function liveGroups(groups: string[]): Promise<string[]> {
  if (groups.length === 0) return [];
  const kafka = admin();
  await kafka.connect();
  try {
    const described = await kafka.describeGroups(groups);
    return described.groups.filter((g) => g.members.length > 0).map((g) => g.groupId);
  } finally {
    await kafka.disconnect();
  }
}

/**
 * Removes everything a namespace created on the broker and the registry. Call it after the
 * namespace's producers and consumers have stopped: a group with live members cannot be deleted.
 * A member that was SIGKILLed, or whose leave went to a coordinator that moved (a broker stopped),
 * stays in its group until its session times out: `membersLeavingMs` keeps trying that long.
 */
export async function removeNamespace(namespace: string, options: { membersLeavingMs?: number } = {}): Promise<void> {
  const remove = async () => removeTraces(await namespaceTraces(namespace));
  if (!options.membersLeavingMs) return remove();
  await eventually(remove, { timeoutMs: options.membersLeavingMs, intervalMs: 2_000 });
}

/** Deletes the groups, then the topics, then the subjects (soft, then permanently). */
export async function removeTraces({ topics, groups, subjects }: NamespaceTraces): Promise<void> {
  const kafka = admin();
  await kafka.connect();
  try {
    if (groups.length > 0) await deleteGroups(kafka, groups);
    if (topics.length > 0) {
      await kafka.deleteTopics({ topics, timeout: 30_000 });
      await untilUnlisted(kafka, topics, 15_000);
    }
  } finally {
    await kafka.disconnect();
  }
  for (const subject of subjects) {
    const path = `${registry()}/subjects/${encodeURIComponent(subject)}`;
    await fetch(path, { method: 'DELETE' });
    await fetch(`${path}?permanent=true`, { method: 'DELETE' });
  }
}

/**
 * The controller has deleted the topics when deleteTopics returns, but a broker applies that to the
 * metadata it answers with a moment later: until then listTopics still names them.
 */
async function untilUnlisted(kafka: ReturnType<typeof admin>, topics: string[], timeoutMs: number): Promise<void> {
  await eventually(
    async () => {
      const listed = new Set(await kafka.listTopics());
      const left = topics.filter((topic) => listed.has(topic));
      if (left.length > 0) throw new Error(`topics still listed after their deletion: ${left.join(', ')}`);
    },
    { timeoutMs, intervalMs: 100 },
  );
}

/** A module's own schema and its login role (what service-kit provisions for it), dropped. */
export async function dropModuleSchema(schema: string): Promise<void> {
  await dropServiceDatabase(requireInfraEnv().databaseUrl, schema);
}
