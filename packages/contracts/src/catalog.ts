import avro from 'avsc';
import { ContractsError } from './errors.ts';
import { eventSchemas, type EventSchemaEntry } from './generated/event-schemas.ts';
import { subjectFor, topicFor } from './naming.ts';

export { subjectFor, topicFor };
export { validateEnvelope, type EnvelopeValidation, type ValidationError } from './envelope-validation.ts';

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

function descriptors(): Map<string, EventDescriptor> {
  descriptorsByType ??= new Map(eventSchemas.map((entry) => [entry.type, toDescriptor(entry)]));
  return descriptorsByType;
}

function toDescriptor(entry: EventSchemaEntry): EventDescriptor {
  return {
    type: entry.type,
    module: entry.module,
    name: entry.name,
    schemaVersion: entry.schemaVersion,
    baseTopic: topicFor(entry.module),
    recordName: entry.recordName,
    schema: entry.schema,
    avroType: avro.Type.forSchema(entry.schema as avro.Schema),
  };
}

/** The descriptor of one event type; throws `CONTRACTS.UNKNOWN_EVENT_TYPE` for an unknown type. */
export function describe(type: string): EventDescriptor {
  const descriptor = descriptors().get(type);
  if (!descriptor) {
    throw new ContractsError(
      'CONTRACTS.UNKNOWN_EVENT_TYPE',
      `unknown event type "${type}": no schemas/${type.split('.').slice(0, -1).join('/')}/${type.split('.').at(-1)}.avsc (run \`npm run codegen\` after adding one)`,
    );
  }
  return descriptor;
}

/** Every event type in the catalog, sorted by type. */
export function allEvents(): EventDescriptor[] {
  return [...descriptors().values()];
}
