import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import type avro from 'avsc';
import type { AnyEnvelope } from '@playbook/bus/envelope';
import { CodedError } from '@playbook/errors/coded-error';
import { describe, subjectFor } from '@playbook/contracts/catalog';

/**
 * Avro in the Confluent wire format. Producers never register schemas: they look up the id of
 * exactly the schema they were built with (registered by the deploy step) and fail loudly if
 * it is missing. Consumers read with their own version of the contract as reader schema.
 *
 * The subject is the base topic's (`playbook.<module>.v1-<record>`) whatever the topic's
 * namespace: a namespace isolates topics, groups and data, not contracts, so every namespace
 * (a test's, a preview's) uses the schemas `schemas:register` registered once, and starting
 * one costs no registrations (91 of them took 6 s per test world).
 */
export function createSerde(registryUrl: string, options: { registryTimeoutMs?: number } = {}) {
  const registry = new SchemaRegistry({
    host: registryUrl,
    middlewares: [answerWithin(options.registryTimeoutMs ?? REGISTRY_TIMEOUT_MS)],
  });
  const ids = new Map<string, Promise<number>>();
  const resolvers = new Map<string, avro.Resolver>();

  const idFor = (topic: string, type: string): Promise<number> => {
    const descriptor = describe(type);
    const subject = subjectFor(descriptor.baseTopic, descriptor.recordName);
    let id = ids.get(subject);
    if (!id) {
      id = registry
        .getRegistryIdBySchema(subject, { type: SchemaType.AVRO, schema: JSON.stringify(descriptor.schema) })
        .catch((error: unknown) => {
          ids.delete(subject);
          throw new CodedError(
            'BUS.SCHEMA_NOT_REGISTERED',
            `schema for ${subject} (topic ${topic}) is not registered (run schemas:register): ${String(error)}`,
            500,
          );
        });
      ids.set(subject, id);
    }
    return id;
  };

  const writers = new Map<number, Promise<avro.Type>>();
  const writerOf = (id: number) => {
    let writer = writers.get(id);
    if (!writer) {
      writer = withRetries(() => registry.getSchema(id) as unknown as Promise<avro.Type>);
      writer.catch(() => writers.delete(id));
      writers.set(id, writer);
    }
    return writer;
  };

  return {
    /**
     * The envelope in the wire format, written with the contract's own Avro type: the id was looked
     * up for exactly that schema, so no second copy of it is parsed or consulted per message.
     */
    async encode(topic: string, envelope: AnyEnvelope): Promise<Buffer> {
      const id = await idFor(topic, envelope.type);
      const avroType = describe(envelope.type).avroType;
      try {
        // Written once into a scratch buffer and copied once into a buffer of the exact size
        // (toBuffer allocated and copied twice more per message); past the scratch, toBuffer.
        const end = avroType.encode(envelope, scratch, 5);
        const framed = end > 0 ? Buffer.from(scratch.subarray(0, end)) : frame(avroType.toBuffer(envelope));
        framed.writeUInt8(0, 0);
        framed.writeInt32BE(id, 1);
        return framed;
      } catch (error) {
        throw new CodedError(
          'BUS.INVALID_EVENT',
          `${envelope.type} does not fit its Avro schema: ${String(error)}`,
          500,
        );
      }
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
      const writer = await writerOf(writerId);
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

/** Encoding scratch, shared: encode() writes and copies it out synchronously. */
const scratch = Buffer.allocUnsafe(64 * 1024);

/** An Avro body behind the five bytes of the wire format's header (filled in by the caller). */
function frame(body: Buffer): Buffer {
  const framed = Buffer.allocUnsafe(5 + body.length);
  body.copy(framed, 5);
  return framed;
}

/**
 * The registry client has no deadline of its own: a request the registry never answered (seen in a
 * loaded CI run) held a consumer's batch in "decoding" for minutes, and its shutdown with it.
 */
const REGISTRY_TIMEOUT_MS = 10_000;
type Middleware = NonNullable<ConstructorParameters<typeof SchemaRegistry>[0]['middlewares']>[number];

/** Gives every registry request a socket timeout (the client retries only answers of 5xx, not silence). */
function answerWithin(timeoutMs: number): Middleware {
  return () => ({
    async prepareRequest(next) {
      const request = await next();
      return request.timeout() ? request : request.enhance({ timeout: timeoutMs });
    },
  });
}

/** A writer schema is fetched once per id and process: a timeout or a dropped connection is tried again twice. */
async function withRetries<T>(fetchIt: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchIt();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

function tryDescribe(type: string) {
  try {
    return describe(type);
  } catch {
    return undefined;
  }
}
