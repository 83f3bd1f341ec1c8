import { type AnyEnvelope, buildEnvelope, type Cause, type Producer } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import { toKafkaMessage } from '@playbook/bus-kafka/relay-message';
import { createSerde } from '@playbook/bus-kafka/serde';
import type { WindowPublishing } from '@playbook/connector-kit/batch';
import { describe, topicFor } from '@playbook/contracts/catalog';
import type { Kafka, Message } from 'kafkajs';

interface Kept {
  key: string;
  envelope: AnyEnvelope;
}

/** Envelopes for one cause, kept instead of written: ids per type and index, as the outbox derives them. */
function keepingPublisher(cause: Cause, producer: Producer, kept: Kept[]): Publisher {
  const emitted = new Map<string, number>();
  return {
    async publish(input) {
      const index = emitted.get(input.type) ?? 0;
      emitted.set(input.type, index + 1);
      const envelope = buildEnvelope(input, cause, producer, index);
      kept.push({ key: input.key, envelope });
      return envelope;
    },
  };
}

export interface WireBatch {
  topic: string;
  messages: Message[];
}

/**
 * Chaos playing a connector on the wire, without the connector's database: the connector's own
 * window handlers build its envelopes (into a publisher that keeps them), the relay's own message
 * carries each (Avro, the bus's headers), and one producer sends them with acks from every replica —
 * what the connector's outbox and relay would send, resent by chaos until the broker takes it.
 */
export async function connectorWire(kafka: Kafka, o: { registryUrl: string; namespace: string; version: string }) {
  const serde = createSerde(o.registryUrl);
  const producer = kafka.producer();
  await producer.connect();
  return {
    /** What `publish` publishes as connector `connector` (e.g. `integrations.ramp`), as Kafka messages per topic. */
    async messagesOf(connector: string, publish: (uow: WindowPublishing<null>) => Promise<void>): Promise<WireBatch[]> {
      const identity: Producer = { module: connector, connector: null, version: o.version };
      const kept: Kept[] = [];
      await publish({ publisher: (_tx, cause) => keepingPublisher(cause, identity, kept) });
      const batches = new Map<string, Message[]>();
      for (const { key, envelope } of kept) {
        const topic = topicFor(describe(envelope.type).module, o.namespace);
        const row = {
          seq: '0',
          id: envelope.messageId,
          topic,
          key,
          type: envelope.type,
          payload: envelope,
          headers: {},
        };
        batches.set(topic, [...(batches.get(topic) ?? []), await toKafkaMessage(row, serde)]);
      }
      return [...batches].map(([topic, messages]) => ({ topic, messages }));
    },
    async send(batches: WireBatch[]): Promise<void> {
      for (const b of batches) await producer.send({ topic: b.topic, acks: -1, messages: b.messages });
    },
    stop: () => producer.disconnect(),
  };
}
export type ConnectorWire = Awaited<ReturnType<typeof connectorWire>>;
