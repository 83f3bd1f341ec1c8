import { createHash, randomUUID } from 'node:crypto';
import { faultState, type SandboxFaults } from '@playbook/connector-kit/sandbox';
import { type Context, Hono } from 'hono';
import { type NewSandboxFile, seedFiles } from './seed.ts';

export type { NewSandboxFile };

export interface SandboxFolder {
  id: string;
  name: string;
  parentId: string | null;
}
export interface SandboxFile {
  id: string;
  name: string;
  folderId: string;
  content: Buffer;
  sha1: string;
  modifiedAt: string;
  modifiedBy: string;
  /** Metadata instances: `{ [scope]: { [templateKey]: { field: value } } }`. */
  metadata: Record<string, Record<string, Record<string, string>>>;
}
export interface BoxSandboxOptions {
  clientId?: string;
  clientSecret?: string;
  enterpriseId?: string;
  folders?: SandboxFolder[];
  files?: NewSandboxFile[];
  faults?: SandboxFaults;
}

export const SANDBOX_FOLDERS: SandboxFolder[] = [
  { id: '0', name: 'All Files', parentId: null },
  { id: '200001', name: 'Contracts', parentId: '0' },
  { id: '200002', name: 'Event assets', parentId: '0' },
  { id: '200003', name: 'Playbook uploads', parentId: '0' },
];

/**
 * A local Box of the Platform API 2.0's shape (box/box-openapi, "Box Platform API" 2024.0):
 * POST /oauth2/token (client credentials grant with box_subject_type / box_subject_id),
 * GET /2.0/folders/{id}/items (fields incl. metadata.<scope>.<template>, limit ≤ 1000, marker
 * pagination with usemarker=true / next_marker, or offset with total_count), GET
 * /2.0/files/{id}/content (302 to the bytes), OPTIONS /2.0/files/content (upload preflight) and
 * POST /api/2.0/files/content on the upload host (multipart, attributes before file, content-md5
 * = SHA-1). Errors are ClientError bodies `{ type: 'error', status, code, message, request_id }`;
 * 429 carries Retry-After. POST /sandbox/files adds or changes files; PUT /sandbox/faults injects
 * 429s and failing pages.
 */
export function boxSandbox(o: BoxSandboxOptions = {}) {
  const clientId = o.clientId ?? 'sandbox-box-client';
  const clientSecret = o.clientSecret ?? 'sandbox-box-secret-change-me';
  const enterpriseId = o.enterpriseId ?? '1000001';
  const folders = new Map((o.folders ?? SANDBOX_FOLDERS).map((f) => [f.id, f]));
  const files = new Map<string, SandboxFile>();
  const tokens = new Set<string>();
  const faults = faultState(o.faults);
  let nextId = 900_000_000;
  const app = new Hono();

  const error = (c: Context, status: number, code: string, message: string, extra: object = {}) =>
    c.json({ type: 'error', status, code, message, request_id: randomUUID().slice(0, 12), ...extra }, status as 400);

  function put(f: NewSandboxFile): SandboxFile {
    const content = Buffer.from(f.content);
    const existing = [...files.values()].find(
      (x) => x.folderId === f.folderId && x.name.toLowerCase() === f.name.toLowerCase(),
    );
    const file: SandboxFile = {
      id: existing?.id ?? String(++nextId),
      name: f.name,
      folderId: f.folderId,
      content,
      sha1: createHash('sha1').update(content).digest('hex'),
      modifiedAt: f.modifiedAt ?? new Date().toISOString(),
      modifiedBy: f.modifiedBy ?? 'ops@playbook.test',
      metadata: f.metadata ? { [`enterprise_${enterpriseId}`]: { playbook: f.metadata } } : (existing?.metadata ?? {}),
    };
    files.set(file.id, file);
    return file;
  }
  for (const f of o.files ?? []) put(f);

  const pathOf = (folderId: string) => {
    const out: { type: 'folder'; id: string; name: string }[] = [];
    for (let f = folders.get(folderId); f; f = f.parentId ? folders.get(f.parentId) : undefined)
      out.unshift({ type: 'folder', id: f.id, name: f.name });
    return out;
  };
  const full = (f: SandboxFile) => ({
    type: 'file' as const,
    id: f.id,
    etag: '0',
    name: f.name,
    sha1: f.sha1.toUpperCase(),
    size: f.content.length,
    modified_at: f.modifiedAt,
    modified_by: { type: 'user', id: '11', name: f.modifiedBy.split('@')[0], login: f.modifiedBy },
    extension: f.name.includes('.') ? f.name.split('.').at(-1) : '',
    parent: { type: 'folder', id: f.folderId, name: folders.get(f.folderId)?.name },
    path_collection: { total_count: pathOf(f.folderId).length, entries: pathOf(f.folderId) },
    metadata: f.metadata,
  });
  /** Box's `fields`: the mini representation plus what was asked, metadata instances by scope.template. */
  function pick(f: SandboxFile, fields: string[] | undefined) {
    const all = full(f) as Record<string, unknown>;
    if (!fields) {
      const { metadata: _m, path_collection: _p, modified_by: _b, ...standard } = all;
      return standard;
    }
    const out: Record<string, unknown> = { type: 'file', id: f.id, etag: '0', name: f.name, sha1: all.sha1 };
    for (const field of fields) {
      const [head, scope, key] = field.split('.');
      if (head === 'metadata' && scope && key) {
        const byScope =
          scope === 'enterprise' ? f.metadata[`enterprise_${enterpriseId}`] : (f.metadata[scope] ?? undefined);
        const instance = byScope?.[key];
        if (instance) {
          const name = scope === 'enterprise' ? `enterprise_${enterpriseId}` : scope;
          out.metadata = {
            [name]: { [key]: { $id: `${f.id}-${key}`, $type: `${key}-1`, $parent: `file_${f.id}`, ...instance } },
          };
        }
      } else if (head && head in all) out[head] = all[head];
    }
    return out;
  }

  app.post('/oauth2/token', async (c) => {
    const form = await c.req.parseBody();
    if (form.grant_type !== 'client_credentials')
      return c.json({ error: 'unsupported_grant_type', error_description: 'Grant type is not supported' }, 400);
    if (form.client_id !== clientId || form.client_secret !== clientSecret)
      return c.json({ error: 'invalid_client', error_description: 'The client credentials are invalid' }, 400);
    if (form.box_subject_type === 'enterprise' && form.box_subject_id !== enterpriseId)
      return c.json({ error: 'invalid_grant', error_description: 'Grant credentials are invalid' }, 400);
    const token = `box_tok_${randomUUID().replaceAll('-', '')}`;
    tokens.add(token);
    return c.json({ access_token: token, expires_in: 3600, token_type: 'bearer', restricted_to: [] });
  });

  const guard = async (c: Context, next: () => Promise<void>) => {
    if (faults.rateLimitNow())
      return c.json(
        {
          type: 'error',
          status: 429,
          code: 'rate_limit_exceeded',
          message: 'Request rate limit exceeded, please try again later',
          request_id: randomUUID().slice(0, 12),
        },
        429,
        { 'retry-after': String(faults.state.faults.retryAfterSeconds ?? 1) },
      );
    const token = (c.req.header('authorization') ?? '').replace(/^Bearer /i, '');
    if (!tokens.has(token)) return error(c, 401, 'unauthorized', 'Unauthorized');
    await next();
  };
  app.use('/2.0/*', guard);
  app.use('/api/2.0/*', guard);

  app.get('/2.0/folders/:id/items', (c) => {
    const folder = folders.get(c.req.param('id'));
    if (!folder) return error(c, 404, 'not_found', 'Not Found');
    const q = c.req.query();
    const limit = Math.min(1000, Math.max(1, Number(q.limit ?? 100)));
    const fields = q.fields ? q.fields.split(',') : undefined;
    const subfolders = [...folders.values()].filter((f) => f.parentId === folder.id);
    const items = [
      ...subfolders.map((f) => ({ type: 'folder', id: f.id, etag: '0', name: f.name })),
      ...[...files.values()]
        .filter((f) => f.folderId === folder.id)
        .sort((a, b) => Number(a.id) - Number(b.id))
        .map((f) => pick(f, fields)),
    ];
    const marker = q.usemarker === 'true';
    let start = 0;
    if (marker && q.marker) {
      start = Number(Buffer.from(q.marker, 'base64url').toString());
      if (!Number.isInteger(start) || start < 0) return error(c, 400, 'bad_request', 'Invalid marker');
    } else if (!marker) start = Number(q.offset ?? 0);
    if (faults.failPageNow(Math.floor(start / limit) + 1))
      return error(c, faults.state.faults.failStatus ?? 503, 'unavailable', 'Service Unavailable');
    const entries = items.slice(start, start + limit);
    const end = start + entries.length;
    if (marker)
      return c.json({
        entries,
        limit,
        next_marker: end < items.length ? Buffer.from(String(end)).toString('base64url') : null,
        prev_marker: null,
      });
    return c.json({
      entries,
      limit,
      offset: start,
      total_count: items.length,
      order: [{ by: 'type', direction: 'ASC' }],
    });
  });

  app.get('/2.0/files/:id/content', (c) => {
    const file = files.get(c.req.param('id'));
    if (!file) return error(c, 404, 'not_found', 'Not Found');
    return c.redirect(`/sandbox/dl/${file.id}/${file.sha1}`, 302);
  });
  app.get('/sandbox/dl/:id/:sha1', (c) => {
    const file = files.get(c.req.param('id'));
    if (!file || file.sha1 !== c.req.param('sha1')) return c.text('gone', 404);
    return c.body(new Uint8Array(file.content), 200, { 'content-type': 'application/octet-stream' });
  });

  const conflictWith = (c: Context, f: SandboxFile) =>
    error(c, 409, 'item_name_in_use', 'Item with the same name already exists', {
      context_info: {
        conflicts: [
          {
            type: 'file',
            id: f.id,
            name: f.name,
            sha1: f.sha1.toUpperCase(),
            size: f.content.length,
            file_version: { type: 'file_version', id: `v${f.id}`, sha1: f.sha1.toUpperCase() },
          },
        ],
      },
    });
  const named = (folderId: string, name: string) =>
    [...files.values()].find((f) => f.folderId === folderId && f.name.toLowerCase() === name.toLowerCase());

  app.options('/2.0/files/content', async (c) => {
    const b = (await c.req.json().catch(() => ({}))) as { name?: string; parent?: { id?: string } };
    if (!b.name || !b.parent?.id) return error(c, 400, 'bad_request', 'name and parent.id are required');
    if (!folders.has(b.parent.id)) return error(c, 404, 'not_found', 'Not Found');
    const existing = named(b.parent.id, b.name);
    if (existing) return conflictWith(c, existing);
    const origin = new URL(c.req.url).origin;
    return c.json({ upload_url: `${origin}/api/2.0/files/content`, upload_token: null });
  });

  app.post('/api/2.0/files/content', async (c) => {
    const form = await c.req.formData();
    const keys = [...form.keys()];
    if (keys.indexOf('attributes') < 0 || keys.indexOf('file') < 0)
      return error(c, 400, 'bad_request', 'attributes and file are required');
    if (keys.indexOf('file') < keys.indexOf('attributes'))
      return error(c, 400, 'metadata_after_file_contents', 'attributes must come before the file');
    const attributes = JSON.parse(String(form.get('attributes'))) as { name?: string; parent?: { id?: string } };
    if (!attributes.name || !attributes.parent?.id) return error(c, 400, 'bad_request', 'name and parent are required');
    if (!folders.has(attributes.parent.id)) return error(c, 404, 'not_found', 'Not Found');
    const content = Buffer.from(await (form.get('file') as Blob).arrayBuffer());
    const sha1 = createHash('sha1').update(content).digest('hex');
    const md5 = c.req.header('content-md5');
    if (md5 && md5.toLowerCase() !== sha1) return error(c, 412, 'precondition_failed', 'The content-md5 did not match');
    const existing = named(attributes.parent.id, attributes.name);
    if (existing) return conflictWith(c, existing);
    const file = put({ folderId: attributes.parent.id, name: attributes.name, content });
    return c.json({ total_count: 1, entries: [full(file)] }, 201);
  });

  app.post('/sandbox/files', async (c) => {
    const added = (await c.req.json()) as NewSandboxFile[];
    return c.json(
      added.map((f) => full(put(f))),
      201,
    );
  });
  app.put('/sandbox/faults', async (c) => {
    faults.set((await c.req.json()) as SandboxFaults);
    return c.json(faults.state);
  });
  app.get('/sandbox/stats', (c) => c.json(faults.state));

  return {
    app,
    files,
    folders,
    faults,
    put,
    inFolder: (id: string) => [...files.values()].filter((f) => f.folderId === id),
  };
}

/** The sandbox `npm start` runs: the three folders with realistic contracts and assets of the last days. */
export function demoSandbox(now = Date.now()) {
  return boxSandbox({ files: seedFiles(now) });
}
