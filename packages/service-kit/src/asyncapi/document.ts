import { describe, type EventDescriptor, topicFor } from '@playbook/contracts/catalog';
import type { BusContract } from './bus-contract.ts';
import { KAFKA_BINDING, messageOf } from './message.ts';
import { messageKeyOf } from './message-key.ts';

export interface AsyncApiInfo {
  title: string;
  version: string;
  description?: string | undefined;
  /** BUS_NAMESPACE: the prefix of every topic this instance uses ('' in production). */
  namespace: string;
  brokers: string[];
  schemaRegistryUrl: string;
}

/**
 * The module's AsyncAPI 3 document: one channel per topic it publishes to or consumes from, a
 * `send` operation per event type it publishes, a `receive` operation per consumer (its inbox key)
 * and topic, and every message with its full Avro schema (envelope + payload), key and headers.
 */
export function asyncApiDocument(contract: BusContract, info: AsyncApiInfo) {
  const published = contract.publishes;
  const consumed = contract.consumes.flatMap((r) => r.types.map(describe));
  const messages = new Map<string, EventDescriptor>([...published, ...consumed].map((d) => [d.type, d]));
  const channels = new Map<string, EventDescriptor[]>();
  for (const d of [...messages.values()].sort((a, b) => a.type.localeCompare(b.type))) {
    channels.set(d.module, [...(channels.get(d.module) ?? []), d]);
  }
  const messageRef = (d: EventDescriptor) => ({ $ref: `#/channels/${d.module}/messages/${d.name}` });
  const channelRef = (module: string) => ({ $ref: `#/channels/${module}` });

  const operations: Record<string, object> = {};
  for (const d of published) {
    operations[`publish.${d.name}`] = {
      action: 'send',
      channel: channelRef(d.module),
      title: `Publish ${d.type}`,
      summary: `${contract.module} publishes ${d.name} through its outbox, keyed by ${messageKeyOf(d).field ?? 'aggregate id'}.`,
      messages: [messageRef(d)],
    };
  }
  for (const reaction of contract.consumes) {
    const byTopic = Map.groupBy(reaction.types.map(describe), (d) => d.module);
    for (const [module, types] of byTopic) {
      const id = byTopic.size === 1 ? reaction.consumer : `${reaction.consumer}.${module}`;
      operations[id] = {
        action: 'receive',
        channel: channelRef(module),
        title: reaction.consumer,
        summary: reaction.fromKit
          ? `The kit's access projection (every module): ${types.map((d) => d.name).join(', ')}.`
          : `Consumer ${reaction.consumer} (its inbox key) reacts to ${types.map((d) => d.name).join(', ')}.`,
        bindings: {
          kafka: {
            groupId: { type: 'string', const: prefixed(info.namespace, contract.module) },
            bindingVersion: KAFKA_BINDING,
          },
        },
        messages: types.map(messageRef),
      };
    }
  }

  return {
    asyncapi: '3.1.0',
    info: {
      title: info.title,
      version: info.version,
      description: [
        info.description ?? `The ${contract.module} module of The Playbook.`,
        'Every message is an AuditEnvelope (Avro, Confluent wire format, subjects by TopicRecordNameStrategy) whose payload is the event record.',
      ].join(' '),
    },
    defaultContentType: 'avro/binary',
    servers: {
      kafka: {
        host: info.brokers.join(','),
        protocol: 'kafka',
        description: 'The Kafka cluster every module shares.',
        bindings: {
          kafka: {
            schemaRegistryUrl: info.schemaRegistryUrl,
            schemaRegistryVendor: 'confluent',
            bindingVersion: KAFKA_BINDING,
          },
        },
      },
    },
    channels: Object.fromEntries(
      [...channels].map(([module, types]) => [
        module,
        {
          address: topicFor(module, info.namespace || undefined),
          title: topicFor(module),
          description: `The topic of ${module}: all its event types, keyed by aggregate id so each aggregate's facts stay in order.`,
          messages: Object.fromEntries(types.map((d) => [d.name, { $ref: `#/components/messages/${d.type}` }])),
          bindings: { kafka: { topic: topicFor(module, info.namespace || undefined), bindingVersion: KAFKA_BINDING } },
        },
      ]),
    ),
    operations,
    components: { messages: Object.fromEntries([...messages.values()].map((d) => [d.type, messageOf(d)])) },
  };
}

function prefixed(namespace: string, group: string): string {
  return namespace ? `${namespace}.${group}` : group;
}
