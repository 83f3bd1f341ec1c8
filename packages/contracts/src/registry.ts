import { allEvents, describe, type EventDescriptor } from './catalog.ts';
import { explainAgainstRegistered } from './compat/registry-compat.ts';
import { ContractsError } from './errors.ts';
import { subjectFor, topicFor } from './naming.ts';
import { lookupSchema, registerSchema, setSubjectCompatibility } from './registry/subjects.ts';

export interface RegistryOptions {
  /** Confluent-compatible API root, e.g. `http://127.0.0.1:28081/apis/ccompat/v7`. */
  registryUrl: string;
  /** Topic namespace: subjects become `<namespace>.playbook.<module>.v1-<record>`. */
  namespace?: string;
}

export interface Registration {
  subject: string;
  id: number;
  version: number;
  type: string;
}

/** The subject of an event type on its (optionally namespaced) topic. */
export function subjectOf(descriptor: EventDescriptor, namespace?: string): string {
  return subjectFor(topicFor(descriptor.module, namespace), descriptor.recordName);
}

/**
 * Registers every event's full schema under its subject, with subject compatibility
 * BACKWARD_TRANSITIVE. Idempotent: the same schema gets the same id and version again.
 * Throws `CONTRACTS.INCOMPATIBLE_SCHEMA` naming the subject (and the fields) when the
 * registry rejects a schema.
 */
export async function registerAll(options: RegistryOptions): Promise<Registration[]> {
  const registrations: Registration[] = [];
  for (const descriptor of allEvents()) registrations.push(await registerOne(descriptor, options));
  return registrations;
}

async function registerOne(
  descriptor: EventDescriptor,
  { registryUrl, namespace }: RegistryOptions,
): Promise<Registration> {
  const subject = subjectOf(descriptor, namespace);
  // Some registries 404 on PUT /config/{subject} before the subject exists: then set it right after registering.
  const compatibilitySet = await setSubjectCompatibility(registryUrl, subject, 'BACKWARD_TRANSITIVE');
  const outcome = await registerSchema(registryUrl, subject, descriptor.schema);
  if (!outcome.ok) {
    const reasons = await explainAgainstRegistered(
      { registryUrl, subject, schema: descriptor.schema, label: descriptor.type },
      [outcome.message],
    );
    throw new ContractsError(
      'CONTRACTS.INCOMPATIBLE_SCHEMA',
      `the registry rejected the schema of ${descriptor.type} under subject "${subject}" as incompatible:\n  ${reasons.join('\n  ')}`,
    );
  }
  if (!compatibilitySet) await setSubjectCompatibility(registryUrl, subject, 'BACKWARD_TRANSITIVE');
  const registered = await lookupSchema(registryUrl, subject, descriptor.schema);
  if (!registered) {
    throw new ContractsError('CONTRACTS.REGISTRY_ERROR', `registered ${subject} but the registry cannot find it again`);
  }
  return { subject, id: registered.id, version: registered.version, type: descriptor.type };
}

/**
 * The registry id of an event type's current schema (what a producer puts in the wire format).
 * Never registers: throws `CONTRACTS.SCHEMA_NOT_REGISTERED` when `registerAll` has not run.
 */
export async function lookupRegisteredSchema(options: RegistryOptions & { type: string }): Promise<Registration> {
  const descriptor = describe(options.type);
  const subject = subjectOf(descriptor, options.namespace);
  const registered = await lookupSchema(options.registryUrl, subject, descriptor.schema);
  if (!registered) {
    throw new ContractsError(
      'CONTRACTS.SCHEMA_NOT_REGISTERED',
      `the current schema of ${options.type} is not registered under "${subject}" — run \`npm run schemas:register\``,
    );
  }
  return { subject, id: registered.id, version: registered.version, type: descriptor.type };
}
