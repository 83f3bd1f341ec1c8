import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import type avro from 'avsc';
import type { AnyEnvelope } from '@playbook/bus/envelope';
import { CodedError } from '@playbook/errors/coded-error';
import { describe, subjectFor } from '@playbook/contracts/catalog';

/**
 * Avro in the Confluent wire format. Producers never register schemas: they look up the id of
 * exactly the schema they were built with (registered by the deploy step) and fail loudly if
 * it is missing. Consumers read with their own version of the contract as reader schema.
 */
export function createSerde(registryUrl: string) {
  const registry = new SchemaRegistry({ host: registryUrl });
  const ids = new Map<string, Promise<number>>();
  const resolvers = new Map<string, avro.Resolver>();

  const idFor = (topic: string, type: string): Promise<number> => {
    const descriptor = describe(type);
    const subject = subjectFor(topic, descriptor.recordName);
    let id = ids.get(subject);
    if (!id) {
      id = registry
        .getRegistryIdBySchema(subject, { type: SchemaType.AVRO, schema: JSON.stringify(descriptor.schema) })
        .catch((error: unknown) => {
          ids.delete(subject);
          throw new CodedError(
            'BUS.SCHEMA_NOT_REGISTERED',
            `schema for ${subject} is not registered (run schemas:register): ${String(error)}`,
            500,
          );
        });
      ids.set(subject, id);
    }
    return id;
  };

  return {
    async encode(topic: string, envelope: AnyEnvelope): Promise<Buffer> {
      return registry.encode(await idFor(topic, envelope.type), envelope);
    },
    /**
     * Reads with the consumer's own contract as reader schema. The resolver from each writer schema
     * id to each reader type is built once and cached: building it per message cost ~0.8 ms of CPU.
     */
    async decode(buffer: Buffer, type: string | undefined): Promise<AnyEnvelope> {
      if (buffer.length < 5 || buffer.readUInt8(0) !== 0) {
        throw new CodedError('BUS.UNDECODABLE', 'message is not in the Confluent Avro wire format', 500);
      }
      const writerId = buffer.readInt32BE(1);
      const reader = type ? tryDescribe(type) : undefined;
      const writer = (await registry.getSchema(writerId)) as unknown as avro.Type;
      if (!reader) return writer.fromBuffer(buffer.subarray(5)) as AnyEnvelope;
      const cacheKey = `${writerId}:${reader.type}`;
      let resolver = resolvers.get(cacheKey);
      if (!resolver) {
        resolver = reader.avroType.createResolver(writer);
        resolvers.set(cacheKey, resolver);
      }
      return reader.avroType.fromBuffer(buffer.subarray(5), resolver) as AnyEnvelope;
    },
  };
}
export type Serde = ReturnType<typeof createSerde>;

function tryDescribe(type: string) {
  try {
    return describe(type);
  } catch {
    return undefined;
  }
}
