import { createHash } from 'node:crypto';
import { createHttpClient } from '@playbook/connector-kit/http-client';
import type { Meter } from '@playbook/connector-kit/meter';
import { CodedError } from '@playbook/errors/coded-error';
import type { BoxSettings } from './env.ts';

/** A file entry of GET /folders/{id}/items with the fields the connector asks for. */
export interface BoxApiFile {
  type: 'file';
  id: string;
  name: string;
  sha1: string;
  size: number;
  modified_at: string;
  modified_by?: { type: 'user'; id: string; name?: string; login?: string } | null;
  extension?: string;
  parent?: { type: 'folder'; id: string; name?: string } | null;
  path_collection?: { total_count: number; entries: { type: 'folder'; id: string; name: string }[] };
  metadata?: Record<string, Record<string, Record<string, unknown>>>;
}
type Item = BoxApiFile | { type: 'folder' | 'web_link'; id: string; name: string };
interface ItemsPage {
  entries: Item[];
  limit: number;
  next_marker?: string | null;
}

/** A file Box holds, as an upload or a preflight conflict tells it. */
export interface StoredFile {
  id: string;
  name: string;
  sha1: string;
  size: number;
  /** True when it was there already (preflight or upload answered 409 item_name_in_use). */
  existed: boolean;
}
/** Box's error body (ClientError in the OpenAPI document); a 409 carries the conflicting file. */
interface BoxError {
  type: 'error';
  status: number;
  code: string;
  message: string;
  request_id?: string;
  context_info?: { conflicts?: { id: string; name: string; sha1: string; size?: number }[] };
}

const FIELDS = ['type', 'id', 'name', 'sha1', 'size', 'modified_at', 'modified_by', 'extension', 'parent'];

/**
 * Box Platform API 2.0 (box/box-openapi, "Box Platform API" 2024.0): a Client Credentials Grant
 * token (POST /oauth2/token), folder listings with marker pagination (usemarker=true, next_marker),
 * file content downloads (GET /files/{id}/content, a redirect to the bytes), the upload preflight
 * (OPTIONS /files/content) and uploads (POST {upload root}/files/content, multipart: attributes
 * before file). Errors are `{ type: 'error', status, code, message, request_id }`; 429 carries
 * Retry-After, which the kit's client honours.
 */
export function boxApi(s: BoxSettings) {
  let token: { value: string; expiresAt: number } | undefined;
  const tokenUrl = s.BOX_TOKEN_URL ?? `${new URL(s.BOX_BASE_URL).origin}/oauth2/token`;
  const common = { secrets: [s.BOX_CLIENT_SECRET], baseDelayMs: s.BOX_RETRY_BASE_MS, maxRetries: s.BOX_MAX_RETRIES };
  const tokenClient = createHttpClient({ baseUrl: new URL(tokenUrl).origin, ...common });

  async function accessToken(meter?: Meter): Promise<string> {
    if (token && token.expiresAt > Date.now() + 60_000) return token.value;
    const res = await tokenClient.request<{ access_token: string; expires_in: number }>({
      method: 'POST',
      path: new URL(tokenUrl).pathname,
      form: {
        grant_type: 'client_credentials',
        client_id: s.BOX_CLIENT_ID,
        client_secret: s.BOX_CLIENT_SECRET,
        box_subject_type: s.BOX_SUBJECT_TYPE,
        box_subject_id: s.BOX_SUBJECT_ID,
      },
      ...(meter ? { meter } : {}),
    });
    token = { value: res.body.access_token, expiresAt: Date.now() + res.body.expires_in * 1000 };
    return token.value;
  }
  // The bearer token is redacted by pattern (it changes); the client secret by value.
  const auth = async () => ({ authorization: `Bearer ${await accessToken()}` });
  const client = createHttpClient({ baseUrl: s.BOX_BASE_URL, auth, ...common });
  const uploads = createHttpClient({ baseUrl: s.BOX_UPLOAD_BASE_URL, auth, ...common });

  /** Every file directly in a folder (folders and web links skipped), page by page on markers. */
  async function filesIn(folderId: string, meter: Meter): Promise<BoxApiFile[]> {
    await accessToken(meter);
    const fields = [...FIELDS, 'path_collection', `metadata.${s.BOX_METADATA_TEMPLATE}`].join(',');
    const files: BoxApiFile[] = [];
    let marker: string | null | undefined;
    do {
      const res: { body: ItemsPage } = await client.request<ItemsPage>({
        path: `/folders/${encodeURIComponent(folderId)}/items`,
        query: { fields, limit: s.BOX_PAGE_SIZE, usemarker: 'true', marker: marker ?? undefined },
        meter,
      });
      meter.pages++;
      for (const item of res.body.entries) if (item.type === 'file') files.push(item as BoxApiFile);
      marker = res.body.next_marker;
    } while (marker);
    return files;
  }

  /**
   * The SHA-256 of a file's content, streamed from GET /files/{id}/content (Box answers with a
   * redirect to the bytes). Box's SHA-1 is checked on the same bytes: a mismatch is retried.
   */
  async function sha256Of(file: { id: string; sha1: string }, meter: Meter): Promise<string> {
    const res = await client.request<string>({
      path: `/files/${encodeURIComponent(file.id)}/content`,
      meter,
      read: async (response) => {
        const sha256 = createHash('sha256');
        const sha1 = createHash('sha1');
        if (response.body)
          for await (const chunk of response.body) {
            sha256.update(chunk);
            sha1.update(chunk);
          }
        const got = sha1.digest('hex');
        if (got !== file.sha1.toLowerCase())
          throw new Error(`file ${file.id}: content SHA-1 ${got} is not ${file.sha1}`);
        return sha256.digest('hex');
      },
    });
    return res.body;
  }

  const conflictOf = (e: BoxError): StoredFile | undefined => {
    const c = e.code === 'item_name_in_use' ? e.context_info?.conflicts?.[0] : undefined;
    return c ? { id: c.id, name: c.name, sha1: c.sha1.toLowerCase(), size: c.size ?? 0, existed: true } : undefined;
  };

  /** The upload preflight: the file already there under that name (409 item_name_in_use), or undefined. */
  async function preflight(folderId: string, name: string, size: number): Promise<StoredFile | undefined> {
    const res = await client.request<BoxError | { upload_url: string }>({
      method: 'OPTIONS',
      path: '/files/content',
      json: { name, size, parent: { id: folderId } },
      passStatuses: [409],
    });
    if (res.status !== 409) return undefined;
    const found = conflictOf(res.body as BoxError);
    if (!found) throw new CodedError('BOX.API_ERROR', `preflight answered 409 ${(res.body as BoxError).code}`, 502);
    return found;
  }

  /** Uploads a new file (attributes before the file part); 409 item_name_in_use answers the file already there. */
  async function upload(folderId: string, name: string, content: Buffer): Promise<StoredFile> {
    const sha1 = createHash('sha1').update(content).digest('hex');
    const form = new FormData();
    form.append('attributes', JSON.stringify({ name, parent: { id: folderId } }));
    form.append('file', new Blob([new Uint8Array(content)]), name);
    const res = await uploads.request<
      BoxError | { entries: { id: string; name: string; sha1: string; size: number }[] }
    >({
      method: 'POST',
      path: '/files/content',
      body: form,
      headers: { 'content-md5': sha1 },
      passStatuses: [409],
    });
    if (res.status === 409) {
      const found = conflictOf(res.body as BoxError);
      if (!found) throw new CodedError('BOX.API_ERROR', `upload answered 409 ${(res.body as BoxError).code}`, 502);
      return found;
    }
    const [file] = (res.body as { entries: { id: string; name: string; sha1: string; size: number }[] }).entries;
    if (!file) throw new CodedError('BOX.API_ERROR', 'upload answered no file', 502);
    return { id: file.id, name: file.name, sha1: file.sha1.toLowerCase(), size: file.size, existed: false };
  }

  return { accessToken, filesIn, sha256Of, preflight, upload, redact: client.redact };
}
export type BoxApi = ReturnType<typeof boxApi>;
