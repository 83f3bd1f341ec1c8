import { AssignerProtocol, type Admin, type Kafka } from 'kafkajs';

/**
 * Waits until every given consumer group has committed up to the end of every partition it
 * subscribes to, as read at the moment of each check — "everything published so far has been
 * handled". A seed or a test calls this before telling a person the system is ready. Groups are
 * read from the broker (their members' subscriptions), so nothing is assumed about who reads what.
 * Resolves false on timeout.
 */
export async function waitUntilConsumersCaughtUp(
  kafka: Kafka,
  groups: string[],
  options: { timeoutMs?: number; settleChecks?: number } = {},
): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    let inARow = 0;
    while (Date.now() < deadline) {
      inARow = (await allCaughtUp(admin, groups)) ? inARow + 1 : 0;
      // Twice in a row, a moment apart: an outbox relay may publish just after a check.
      if (inARow >= (options.settleChecks ?? 2)) return true;
      await new Promise((r) => setTimeout(r, 250));
    }
    return false;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Each reason the groups are not caught up, one line each (`group: state Rebalancing, 0 members`,
 * `group: topic[2] at 14 of 20`): a group that is not stable, a partition not committed to its end.
 * One check asks the broker side by side: each topic's end offsets once (every module reads the
 * directory's topic, say, so asking per group asked it twenty times), each group's offsets once.
 */
async function lagging(admin: Admin, groups: string[]): Promise<string[]> {
  const { groups: described } = await admin.describeGroups(groups);
  // A group not Stable is behind for that alone, and its members' metadata may still be empty
  // (mid-rebalance): only a stable group's subscriptions are decoded and its offsets asked.
  const topicsOf = new Map(
    described.map((group) => [group.groupId, group.state === 'Stable' ? subscribedTopics(group.members) : []]),
  );
  const allTopics = [...new Set([...topicsOf.values()].flat())];
  const ends = new Map(
    await Promise.all(allTopics.map(async (topic) => [topic, await endOffsets(admin, topic)] as const)),
  );
  const reasons = await Promise.all(
    described.map(async (group) => {
      const behind: string[] = [];
      if (group.state !== 'Stable')
        behind.push(`${group.groupId}: state ${group.state}, ${group.members.length} members`);
      const topics = topicsOf.get(group.groupId) ?? [];
      if (topics.length === 0) return behind;
      for (const topic of topics) {
        const end = ends.get(topic);
        if (end instanceof Error) behind.push(`${group.groupId}: ${topic} end offsets not known yet (${end.message})`);
      }
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId: group.groupId, topics })) {
        for (const { partition, offset } of partitions) {
          const known = ends.get(topic);
          const end = known instanceof Map ? (known.get(partition) ?? 0) : 0;
          if (end > 0 && Number(offset) < end)
            behind.push(`${group.groupId}: ${topic}[${partition}] at ${offset} of ${end}`);
        }
      }
      return behind;
    }),
  );
  return reasons.flat();
}

/**
 * A topic's end offset per partition, or why the broker could not say. Just after topics are created,
 * or while a broker is down, metadata can name a leader that does not host the partition yet, and
 * kafkajs' fetchTopicOffsets then throws (even a TypeError from inside it): not an answer, so not caught up.
 */
async function endOffsets(admin: Admin, topic: string): Promise<Map<number, number> | Error> {
  try {
    return new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** True when every group is stable and has committed up to the end of every partition it reads. */
export async function allCaughtUp(admin: Admin, groups: string[]): Promise<boolean> {
  return (await lagging(admin, groups)).length === 0;
}

/** What keeps the groups from being caught up, every reason: for the message of a wait that ran out of time. */
export async function whatIsBehind(kafka: Kafka, groups: string[]): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await lagging(admin, groups);
  } finally {
    await admin.disconnect();
  }
}

function subscribedTopics(members: { memberMetadata: Buffer }[]): string[] {
  const topics = members.flatMap((m) => {
    try {
      return AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.topics ?? [];
    } catch {
      return []; // metadata not (yet) in the consumer protocol's shape
    }
  });
  return [...new Set(topics)];
}
