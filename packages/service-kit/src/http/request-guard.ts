import { CodedError } from '@playbook/errors/coded-error';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);
/** No command of ours takes more; bigger is a mistake or an attack. */
export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_DEPTH = 32;

/**
 * Refuses, before any route sees it, input no handler could store: a body that is not JSON (415),
 * malformed JSON (400 HTTP.MALFORMED_JSON), and a NUL character anywhere in the path, the query or
 * the body (400 HTTP.NUL_CHARACTER naming the field) — PostgreSQL text cannot hold one, and every
 * service stores what it is given. The body is read once; Hono caches it for the validators.
 */
export function requestGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (decodedPath(url.pathname).includes('\0')) throw nulIn('the path');
    for (const [name, value] of url.searchParams) {
      if (name.includes('\0') || value.includes('\0'))
        throw nulIn(`query parameter ${name.replaceAll('\0', '')}`, name);
    }
    if (!WITHOUT_BODY.has(c.req.method)) {
      if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge();
      checkBody(c.req.header('content-type'), await c.req.text());
    }
    await next();
  };
}

function checkBody(contentType: string | undefined, text: string): void {
  if (text === '') return;
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  const mediaType = (contentType ?? '').split(';')[0]!.trim();
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    throw new CodedError(
      'HTTP.UNSUPPORTED_MEDIA_TYPE',
      `Send the body as application/json (got ${mediaType || 'no content type'}).`,
      415,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new CodedError('HTTP.MALFORMED_JSON', `The request body is not valid JSON: ${(error as Error).message}`, 400);
  }
  const path = pathOfNul(body, '', 0);
  if (path !== undefined) throw nulIn(`body field ${path || '(root)'}`, path);
}

const tooLarge = () =>
  new CodedError('HTTP.BODY_TOO_LARGE', `The request body is larger than ${MAX_BODY_BYTES} bytes.`, 413);

function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new CodedError('HTTP.BAD_PATH', 'The path is not valid percent-encoding.', 400);
  }
}

function nulIn(where: string, path?: string): CodedError {
  return new CodedError('HTTP.NUL_CHARACTER', `A NUL character (\\u0000) is not allowed in ${where}.`, 400, {
    errors: [{ path: path ?? where, message: 'contains a NUL character' }],
  });
}

/** The dotted path of the first string (or key) holding a NUL character, or undefined. */
function pathOfNul(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_DEPTH) {
    throw new CodedError('HTTP.TOO_DEEP', `The request body nests deeper than ${MAX_DEPTH} levels.`, 400);
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key.includes('\0')) return childPath.replaceAll('\0', '');
    const found = pathOfNul(child, childPath, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
