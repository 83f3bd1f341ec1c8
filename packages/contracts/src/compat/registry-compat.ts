import { registeredSchemas, testCompatibility } from '../registry/subjects.ts';
import { checkCompatibility } from './check-compatibility.ts';

export interface RegistryCheckRequest {
  /** e.g. `http://127.0.0.1:28081/apis/ccompat/v7` */
  registryUrl: string;
  subject: string;
  /** The candidate schema (full Avro JSON). */
  schema: object;
  /** Names the schema in messages, e.g. `testkit.WidgetCreated` (default: the subject). */
  label?: string;
}

export interface RegistryCheckResult {
  compatible: boolean;
  /** False when the registry has no such subject yet (then anything is compatible). */
  subjectExists: boolean;
  /** Why not, naming the fields where the registered versions allow it. */
  breaks: string[];
}

/**
 * Asks the registry whether `schema` may be registered under `subject` (per the subject's
 * compatibility level). When it may not, the registered versions are fetched and diffed locally
 * so that the message names the fields (registries rarely say which field broke).
 */
export async function checkWithRegistry(request: RegistryCheckRequest): Promise<RegistryCheckResult> {
  const verdict = await testCompatibility(request.registryUrl, request.subject, request.schema);
  if (!verdict) return { compatible: true, subjectExists: false, breaks: [] };
  if (verdict.compatible) return { compatible: true, subjectExists: true, breaks: [] };
  return { compatible: false, subjectExists: true, breaks: await explainAgainstRegistered(request, verdict.messages) };
}

/** Sentences naming the fields that make `schema` unreadable next to the subject's registered versions. */
export async function explainAgainstRegistered(
  request: RegistryCheckRequest,
  registryMessages: string[] = [],
): Promise<string[]> {
  const label = request.label ?? request.subject;
  const registered = await registeredSchemas(request.registryUrl, request.subject);
  const explained = registered.flatMap(({ version, schema }) =>
    checkCompatibility(label, schema, request.schema).breaks.map(
      (sentence) => `${sentence} (vs registered ${request.subject} v${version})`,
    ),
  );
  if (explained.length > 0) return explained;
  const detail = registryMessages.length > 0 ? `: ${registryMessages.join('; ')}` : '';
  return [`${label}: the registry reports the schema incompatible with subject "${request.subject}"${detail}`];
}
