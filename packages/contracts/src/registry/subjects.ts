import { registryMessage, registryRequest, unexpectedResponse } from './http.ts';

/** Calls of the Confluent schema registry API on one subject. 404 answers come back as `undefined`. */

export type CompatibilityLevel =
  | 'BACKWARD'
  | 'BACKWARD_TRANSITIVE'
  | 'FORWARD'
  | 'FORWARD_TRANSITIVE'
  | 'FULL'
  | 'FULL_TRANSITIVE'
  | 'NONE';

export type RegisterOutcome = { ok: true; id: number } | { ok: false; incompatible: true; message: string };

const subjectPath = (subject: string): string => `/subjects/${encodeURIComponent(subject)}`;

/** `POST /subjects/{subject}/versions`: registers (or finds) the schema; a 409 means incompatible. */
export async function registerSchema(registryUrl: string, subject: string, schema: object): Promise<RegisterOutcome> {
  const response = await registryRequest(registryUrl, 'POST', `${subjectPath(subject)}/versions`, {
    schema: JSON.stringify(schema),
  });
  if (response.status === 409) return { ok: false, incompatible: true, message: registryMessage(response) };
  const id = (response.body as { id?: unknown } | undefined)?.id;
  if (response.status !== 200 || typeof id !== 'number') throw unexpectedResponse(`registering ${subject}`, response);
  return { ok: true, id };
}

/** `POST /subjects/{subject}`: the id and version of this exact schema under the subject, if registered. */
export async function lookupSchema(
  registryUrl: string,
  subject: string,
  schema: object,
): Promise<{ id: number; version: number } | undefined> {
  const response = await registryRequest(registryUrl, 'POST', subjectPath(subject), { schema: JSON.stringify(schema) });
  if (response.status === 404) return undefined;
  const { id, version } = (response.body ?? {}) as { id?: unknown; version?: unknown };
  if (response.status !== 200 || typeof id !== 'number' || typeof version !== 'number') {
    throw unexpectedResponse(`looking up a schema under ${subject}`, response);
  }
  return { id, version };
}

/** `PUT /config/{subject}`; `false` when the registry answers 404 (some refuse before the subject exists). */
export async function setSubjectCompatibility(
  registryUrl: string,
  subject: string,
  level: CompatibilityLevel,
): Promise<boolean> {
  const response = await registryRequest(registryUrl, 'PUT', `/config/${encodeURIComponent(subject)}`, {
    compatibility: level,
  });
  if (response.status === 404) return false;
  if (response.status !== 200) throw unexpectedResponse(`setting the compatibility of ${subject}`, response);
  return true;
}

/** `POST /compatibility/subjects/{subject}/versions?verbose=true`, i.e. against the versions the subject's level says. */
export async function testCompatibility(
  registryUrl: string,
  subject: string,
  schema: object,
): Promise<{ compatible: boolean; messages: string[] } | undefined> {
  const path = `/compatibility${subjectPath(subject)}/versions?verbose=true`;
  const response = await registryRequest(registryUrl, 'POST', path, { schema: JSON.stringify(schema) });
  if (response.status === 404) return undefined;
  const { is_compatible: compatible, messages } = (response.body ?? {}) as {
    is_compatible?: unknown;
    messages?: unknown;
  };
  if (response.status !== 200 || typeof compatible !== 'boolean')
    throw unexpectedResponse(`checking compatibility under ${subject}`, response);
  return { compatible, messages: Array.isArray(messages) ? messages.map(String) : [] };
}

/** Every registered schema of a subject, oldest first (`[]` for an unknown subject). */
export async function registeredSchemas(
  registryUrl: string,
  subject: string,
): Promise<Array<{ version: number; schema: object }>> {
  const versionsResponse = await registryRequest(registryUrl, 'GET', `${subjectPath(subject)}/versions`);
  if (versionsResponse.status === 404) return [];
  if (versionsResponse.status !== 200 || !Array.isArray(versionsResponse.body))
    throw unexpectedResponse(`listing versions of ${subject}`, versionsResponse);
  const schemas: Array<{ version: number; schema: object }> = [];
  for (const version of versionsResponse.body.map(Number)) {
    const response = await registryRequest(registryUrl, 'GET', `${subjectPath(subject)}/versions/${version}`);
    const text = (response.body as { schema?: unknown } | undefined)?.schema;
    if (response.status !== 200 || typeof text !== 'string')
      throw unexpectedResponse(`reading ${subject} v${version}`, response);
    schemas.push({ version, schema: JSON.parse(text) as object });
  }
  return schemas;
}

/** Deletes a subject for good (soft delete, then `?permanent=true`); a no-op for an unknown subject. */
export async function deleteSubject(registryUrl: string, subject: string): Promise<void> {
  for (const query of ['', '?permanent=true']) {
    const response = await registryRequest(registryUrl, 'DELETE', `${subjectPath(subject)}${query}`);
    if (response.status !== 200 && response.status !== 404) throw unexpectedResponse(`deleting ${subject}`, response);
  }
}

/** `GET /config/{subject}`: the subject's own compatibility level, if it has one. */
export async function subjectCompatibility(registryUrl: string, subject: string): Promise<string | undefined> {
  const response = await registryRequest(registryUrl, 'GET', `/config/${encodeURIComponent(subject)}`);
  if (response.status === 404) return undefined;
  const level = (response.body as { compatibilityLevel?: unknown } | undefined)?.compatibilityLevel;
  if (response.status !== 200 || typeof level !== 'string')
    throw unexpectedResponse(`reading the config of ${subject}`, response);
  return level;
}
