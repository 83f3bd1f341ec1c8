// What the system is, read from the code and the contracts: the modules and connectors the launcher starts (their
// ServiceDefinitions), what each publishes (schemas/) and consumes (its subscriptions, plus the kit's
// access projection). Every generated document is rendered from this one model.
import { allEvents, type EventDescriptor, topicFor } from '@playbook/contracts/catalog';
import { SERVICES } from '@playbook/launcher/modules';
import { busContractOf, type Reaction } from '@playbook/service-kit/bus-contract';
import { type MessageKey, messageKeyOf, payloadFieldsOf } from '@playbook/service-kit/message-key';

export interface ModuleModel {
  name: string;
  port: number;
  title: string;
  description: string | undefined;
  scope: string | undefined;
  aggregates: string[];
  topic: string;
  publishes: string[];
  consumes: Reaction[];
}

export interface FieldModel {
  name: string;
  type: string;
  doc: string;
}

export interface ConsumerModel {
  module: string;
  consumer: string;
  fromKit: boolean;
}

export interface EventModel {
  type: string;
  /** The folder under schemas/: the module (or `integrations.<system>`) whose topic carries it. */
  owner: string;
  name: string;
  topic: string;
  file: string;
  schemaVersion: number;
  doc: string;
  key: MessageKey;
  fields: FieldModel[];
  /** The running module that publishes it, or null while no module in the launcher does. */
  producer: string | null;
  consumers: ConsumerModel[];
}

export interface SystemModel {
  modules: ModuleModel[];
  events: EventModel[];
}

/** Settings the definitions are built with: placeholders, since nothing is connected to. */
const STAND_IN_ENV = {
  AUTH_JWT_SECRET: 'documentation-only-secret-of-32-chars',
  DATABASE_URL: 'postgres://docs@127.0.0.1:5432/docs',
  KAFKA_BROKERS: '127.0.0.1:9092',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:8081',
};

export async function loadSystem(): Promise<SystemModel> {
  const modules: ModuleModel[] = [];
  for (const entry of SERVICES) {
    const definition = await entry.load(STAND_IN_ENV);
    const contract = busContractOf(definition);
    modules.push({
      name: definition.name,
      port: entry.port,
      title: definition.title ?? definition.name,
      description: definition.description,
      scope: definition.scope,
      aggregates: definition.aggregates ?? [],
      topic: topicFor(definition.name),
      publishes: contract.publishes.map((d) => d.type),
      consumes: contract.consumes,
    });
  }
  const running = new Set(modules.map((m) => m.name));
  const events = allEvents().map((d) => eventOf(d, running.has(d.module) ? d.module : null, modules));
  return { modules, events };
}

function eventOf(d: EventDescriptor, producer: string | null, modules: ModuleModel[]): EventModel {
  const composed = d.schema as { doc?: string };
  return {
    type: d.type,
    owner: d.module,
    name: d.name,
    topic: d.baseTopic,
    file: `schemas/${d.module.replaceAll('.', '/')}/${d.name}.avsc`,
    schemaVersion: d.schemaVersion,
    doc: (composed.doc ?? '').replace(`Event ${d.type}: `, ''),
    key: messageKeyOf(d),
    fields: payloadFieldsOf(d).map((f) => ({ name: f.name, type: avroTypeName(f.type), doc: f.doc ?? '' })),
    producer,
    consumers: modules.flatMap((m) =>
      m.consumes
        .filter((r) => r.types.includes(d.type))
        .map((r) => ({ module: m.name, consumer: r.consumer, fromKit: r.fromKit })),
    ),
  };
}

/** A compact name for an Avro type: `string?` for an optional string, `enum(A, B)`, `Line[]`. */
export function avroTypeName(type: unknown): string {
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    const present = type.filter((t) => t !== 'null');
    const name = present.map(avroTypeName).join(' | ');
    return present.length < type.length ? `${name}?` : name;
  }
  const t = type as {
    type: string;
    logicalType?: string;
    symbols?: string[];
    items?: unknown;
    values?: unknown;
    name?: string;
  };
  if (t.logicalType) return `${t.type} (${t.logicalType})`;
  if (t.type === 'enum') return `enum(${(t.symbols ?? []).join(', ')})`;
  if (t.type === 'array') return `${avroTypeName(t.items)}[]`;
  if (t.type === 'map') return `map<${avroTypeName(t.values)}>`;
  if (t.type === 'record') return `record ${t.name}`;
  return t.type;
}
