import avro from 'avsc';
import { composeEventSchema } from './compose.ts';
import { ContractsError } from './errors.ts';
import { eventRecordNameOf, topicFor } from './naming.ts';
import { type PayloadSource, readEnvelopeTemplate, readPayloadSources } from './schema-source.ts';

/** Everything the bus needs to know about one event type. */
export interface EventDescriptor {
  /** `<module>.<EventName>`, e.g. `testkit.WidgetCreated`. */
  type: string;
  module: string;
  /** The event name, e.g. `WidgetCreated`. */
  name: string;
  /** Version of the payload schema, stamped into `envelope.schemaVersion`. */
  schemaVersion: number;
  /** The module's topic without a namespace: `playbook.<module>.v1` (see `topicFor`). */
  baseTopic: string;
  /** Full Avro record name, e.g. `playbook.testkit.WidgetCreated` (see `subjectFor`). */
  recordName: string;
  /** The full Avro schema JSON: envelope + payload. */
  schema: object;
  /** The avsc type of `schema`, for encoding, decoding and validation. */
  avroType: avro.Type;
}

let descriptorsByType: Map<string, EventDescriptor> | undefined;

/**
 * Read from schemas/ on first use: the envelope is composed with each payload here, at load
 * time, so nothing but the payload types is generated.
 */
function descriptors(): Map<string, EventDescriptor> {
  if (!descriptorsByType) {
    const envelope = readEnvelopeTemplate();
    const sources = readPayloadSources();
    descriptorsByType = new Map(
      sources.map((source) => [source.type, toDescriptor(source, composeEventSchema(envelope, source))]),
    );
  }
  return descriptorsByType;
}

function toDescriptor(source: PayloadSource, schema: object): EventDescriptor {
  return {
    type: source.type,
    module: source.module,
    name: source.eventName,
    schemaVersion: source.schemaVersion,
    baseTopic: topicFor(source.module),
    recordName: eventRecordNameOf(source.module, source.eventName),
    schema,
    avroType: avro.Type.forSchema(schema as avro.Schema),
  };
}

/** The descriptor of one event type; throws `CONTRACTS.UNKNOWN_EVENT_TYPE` for an unknown type. */
export function describe(type: string): EventDescriptor {
  const descriptor = descriptors().get(type);
  if (!descriptor) {
    const segments = type.split('.');
    throw new ContractsError(
      'CONTRACTS.UNKNOWN_EVENT_TYPE',
      `unknown event type "${type}": no schemas/${segments.slice(0, -1).join('/')}/${segments.at(-1)}.avsc`,
    );
  }
  return descriptor;
}

/** Every event type in the catalog, sorted by type. */
export function allEvents(): EventDescriptor[] {
  // By type, in code-point order: the same on every machine, whatever the file system's order.
  return [...descriptors().values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
