import { ContractsError } from '../errors.ts';

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

export interface RegistryResponse {
  status: number;
  body: Record<string, unknown> | unknown[] | undefined;
}

/** One call to a Confluent-compatible schema registry; any status comes back (network errors throw). */
export async function registryRequest(
  registryUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<RegistryResponse> {
  const url = `${registryUrl.replace(/\/+$/, '')}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { 'Content-Type': CONTENT_TYPE, Accept: CONTENT_TYPE },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ContractsError(
      'CONTRACTS.REGISTRY_UNREACHABLE',
      `schema registry unreachable at ${url}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const text = await response.text();
  return { status: response.status, body: parseJson(text) };
}

/** The registry's error message of a response, e.g. `Subject 'x' not found.`. */
export function registryMessage(response: RegistryResponse): string {
  const { body } = response;
  const message = body && !Array.isArray(body) ? body.message : undefined;
  return typeof message === 'string' ? message : `HTTP ${response.status}`;
}

export function unexpectedResponse(what: string, response: RegistryResponse): ContractsError {
  return new ContractsError(
    'CONTRACTS.REGISTRY_ERROR',
    `schema registry: ${what} failed: ${registryMessage(response)}`,
  );
}

function parseJson(text: string): RegistryResponse['body'] {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as RegistryResponse['body'];
  } catch {
    return { message: text };
  }
}
