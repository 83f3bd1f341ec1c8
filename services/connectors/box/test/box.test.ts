import { randomUUID } from 'node:crypto';
import { definition as assetsDefinition } from '@playbook/assets/definition';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import type { SyncWorker } from '@playbook/connector-kit/sync-worker';
import { contractsDefinition } from '@playbook/contracts-service/definition';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxApi } from '../src/box-api.ts';
import { boxDefinition } from '../src/definition.ts';
import { boxSettings } from '../src/env.ts';
import { boxSandbox } from '../src/sandbox/sandbox.ts';
import { uploadContractDocument } from '../src/uploads/uploads.commands.ts';

const ORG = 'org-box';
const CLIENT = 'client-1';
const EVENT = 'event-a';
const SECRET = 'box-test-secret-7c6b5a4d3e2f';
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const sandbox = boxSandbox({ clientSecret: SECRET });
let server: RunningSandbox;
let world: TestWorld;
let integrations: Service;
let contracts: Service;
let assets: Service;
let box: Service;
let worker: SyncWorker;
let env: Record<string, string>;
let contractId: string;

beforeAll(async () => {
  server = await serveSandbox(sandbox.app);
  world = await createTestWorld('box');
  integrations = await world.start({ name: 'integrations' });
  const vendors = await world.start({ name: 'vendors' });
  contracts = await world.start(contractsDefinition({ expiryCheckMs: 3_600_000 }));
  assets = await world.start(assetsDefinition);
  env = {
    BOX_BASE_URL: `${server.url}/2.0`,
    BOX_UPLOAD_BASE_URL: `${server.url}/api/2.0`,
    BOX_CLIENT_SECRET: SECRET,
    BOX_PAGE_SIZE: '7',
    BOX_SYNC_INTERVAL_MS: '60000',
    BOX_RETRY_BASE_MS: '5',
  };
  box = await world.start(boxDefinition({ env, maxPartBytes: 6_000, onWorker: (w) => (worker = w) }));
  for (const svc of [contracts, assets]) {
    await accessProjection.recordClient(svc.sql(), ORG, CLIENT);
    await accessProjection.recordEvent(svc.sql(), ORG, CLIENT, EVENT);
  }
  await accessProjection.grant(contracts.sql(), {
    grantId: 'g-admin',
    principalId: 'admin',
    role: 'admin',
    scope: { orgId: ORG },
  });
  await publishThrough(vendors, {
    type: 'vendors.VendorRegistered',
    key: 'vendor-acme',
    scope: { orgId: ORG },
    payload: { vendorId: 'vendor-acme', name: 'Acme AV', category: 'av', email: null },
  });
  await eventually(async () => expect(await contracts.sql()`select 1 from known_vendors`).toHaveLength(1), {
    timeoutMs: 30_000,
  });
  const res = await call(contracts, 'POST', '/contracts', {
    kind: 'MSA',
    clientId: CLIENT,
    vendorId: 'vendor-acme',
    title: 'Acme MSA',
    startsOn: '2026-01-01',
  });
  expect(res.status).toBe(201);
  contractId = ((await res.json()) as { contractId: string }).contractId;

  // Contracts folder: one file linked by the metadata template, one by a name tag, two unlinked,
  // one modified before the window. Assets folder: 16 event assets and 3 unlinked files over 3 pages.
  const at = (i: number) => iso(T0 + (i + 1) * 60_000);
  sandbox.put({
    folderId: '200001',
    name: 'Acme MSA signed.pdf',
    content: 'msa v1',
    modifiedAt: at(0),
    metadata: { contractId },
  });
  sandbox.put({
    folderId: '200001',
    name: `Acme MSA rider #contract:${contractId}.docx`,
    content: 'rider',
    modifiedAt: at(1),
  });
  sandbox.put({ folderId: '200001', name: 'Unrelated NDA.pdf', content: 'nda', modifiedAt: at(2) });
  sandbox.put({
    folderId: '200001',
    name: 'Unknown contract #contract:00000000-0000-4000-8000-000000000000.pdf',
    content: 'x',
    modifiedAt: at(3),
  });
  sandbox.put({
    folderId: '200001',
    name: 'Old MSA.pdf',
    content: 'old',
    modifiedAt: iso(T0 - DAY),
    metadata: { contractId },
  });
  for (let i = 0; i < 16; i++)
    sandbox.put({
      folderId: '200002',
      name: `Slide ${i} #event:${EVENT}.png`,
      content: `slide ${i}`,
      modifiedAt: at(i),
    });
  for (let i = 0; i < 3; i++)
    sandbox.put({ folderId: '200002', name: `Stock photo ${i}.jpg`, content: `stock ${i}`, modifiedAt: at(i) });
}, 120_000);
afterAll(async () => {
  await world?.dispose();
  await server?.stop();
});

async function call(svc: Service, method: string, path: string, payload: unknown) {
  return svc.app.request(path, {
    method,
    headers: { authorization: await world.bearer({ id: 'admin', orgId: ORG }), 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
}

/** Asks Box for a window through integrations' topic, waits until it is queued, and drains the worker. */
async function requestWindow(from: number, to: number) {
  const requestId = randomUUID();
  await publishThrough(
    integrations,
    {
      type: 'integrations.SyncWindowRequested',
      key: 'box',
      scope: { orgId: ORG },
      payload: { requestId, system: 'box', dataset: 'files', windowFrom: from, windowTo: to, requestedBy: 'admin' },
    },
    'admin',
  );
  await eventually(
    async () => expect(await box.sql()`select 1 from sync_requests where request_id = ${requestId}`).toHaveLength(1),
    { timeoutMs: 30_000 },
  );
  await worker.drain();
  return requestId;
}
const batches = (requestId: string) =>
  box.sql()<{ message_id: string; type: string; payload: any }[]>`
    select id as message_id, type, payload from outbox where payload->'payload'->>'requestId' = ${requestId} order by seq`;
const published = (svc: Service, type: string) =>
  svc.sql()<{ payload: any }[]>`select payload from outbox where type = ${type} order by seq`;
const counts = async () => ({
  documents: (await published(contracts, 'contracts.ContractDocumentStored')).length,
  uploaded: (await published(assets, 'assets.AssetUploaded')).length,
  versions: (await published(assets, 'assets.AssetVersionAdded')).length,
});

describe('the Box connector, inbound', () => {
  it('follows next_marker through every page of both folders, hashes the files of the window, and publishes them in parts', async () => {
    const id = await requestWindow(T0, T0 + DAY);
    const out = await batches(id);
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((b) => b.type === 'integrations.box.BoxFilesFetched')).toBe(true);
    const files = out.flatMap((b) => b.payload.payload.files);
    expect(files).toHaveLength(4 + 16 + 3);
    expect(new Set(files.map((f: { id: string }) => f.id)).size).toBe(files.length);
    const msa = files.find((f: { name: string }) => f.name === 'Acme MSA signed.pdf');
    expect(msa).toMatchObject({ role: 'contracts', metadata: { contractId }, mediaType: 'application/pdf' });
    expect(msa.sha256).toMatch(/^[0-9a-f]{64}$/);
    const env = out[0]!.payload;
    // 5 contracts files (1 page) + 19 assets files (3 pages of 7); 23 downloads; 1 token call.
    expect(env.counts).toMatchObject({ fetched: 24, accepted: 23, skipped: 1, parts: out.length });
    expect(env.diagnostics).toMatchObject({ pages: 4, apiCalls: 1 + 4 + 23, retries: 0, rateLimitUnits: 0 });
    expect(env.rules.map((r: { name: string }) => r.name)).toEqual(['box.window', 'box.filters']);
    expect(env.producer.module).toBe('integrations.box');
  });

  it('contracts store the linked files as document versions from Box, assets upload the event’s files', async () => {
    await eventually(async () => expect(await counts()).toEqual({ documents: 2, uploaded: 16, versions: 0 }), {
      timeoutMs: 30_000,
    });
    const docs = (await published(contracts, 'contracts.ContractDocumentStored')).map((r) => r.payload.payload);
    expect(docs.map((d) => [d.version, d.source, d.storedBy])).toEqual([
      [1, 'box', 'box:ops@playbook.test'],
      [2, 'box', 'box:ops@playbook.test'],
    ]);
    const [asset] = (await published(assets, 'assets.AssetUploaded')).map((r) => r.payload.payload);
    expect(asset).toMatchObject({ eventId: EVENT, clientId: CLIENT, name: 'Slide 0', mediaType: 'image/png' });
  });

  it('a re-fetched window has the same message ids, and an overlapping one changes nothing downstream', async () => {
    const first = await batches(
      (
        await box.sql()<{ request_id: string }[]>`
      select request_id from sync_requests order by created_at limit 1`
      )[0]!.request_id,
    );
    const again = await requestWindow(T0, T0 + DAY);
    expect(await batches(again)).toEqual([]);
    expect((await box.sql()`select id from outbox where id = any(${first.map((b) => b.message_id)})`).length).toBe(
      first.length,
    );
    const wider = await requestWindow(T0 - DAY / 2, T0 + DAY);
    expect((await batches(wider)).flatMap((b) => b.payload.payload.files)).toHaveLength(23);
    // Nothing new downstream: the batch was consumed (its hash cache made no download), nothing published.
    await eventually(
      async () =>
        expect(
          await contracts.sql()`select 1 from inbox where message_id = any(${(await batches(wider)).map((b) => b.message_id)})`,
        ).toHaveLength((await batches(wider)).length),
      { timeoutMs: 30_000 },
    );
    expect((await batches(wider))[0]!.payload.diagnostics.apiCalls).toBe(4);
    expect(await counts()).toEqual({ documents: 2, uploaded: 16, versions: 0 });
  });

  it('new content of a known file is a new asset version; 429 Retry-After and a failing page are honoured', async () => {
    sandbox.put({
      folderId: '200002',
      name: `Slide 3 #event:${EVENT}.png`,
      content: 'slide 3, revised',
      modifiedAt: iso(T0 + DAY + 1000),
    });
    sandbox.faults.set({ rateLimitEvery: 3, retryAfterSeconds: 0, failPage: 2, failTimes: 2 });
    const [b] = await batches(await requestWindow(T0 + DAY, T0 + 2 * DAY));
    sandbox.faults.set({});
    expect(b!.payload.payload.files.map((f: { name: string }) => f.name)).toEqual([`Slide 3 #event:${EVENT}.png`]);
    expect(b!.payload.diagnostics.rateLimitUnits).toBeGreaterThan(0);
    expect(b!.payload.diagnostics.retries).toBeGreaterThanOrEqual(2 + b!.payload.diagnostics.rateLimitUnits);
    await eventually(async () => expect(await counts()).toEqual({ documents: 2, uploaded: 16, versions: 1 }), {
      timeoutMs: 30_000,
    });
    const [added] = (await published(assets, 'assets.AssetVersionAdded')).map((r) => r.payload.payload);
    expect(added).toMatchObject({
      version: 2,
      fileName: `Slide 3 #event:${EVENT}.png`,
      addedBy: 'box:ops@playbook.test',
    });
  });

  it('a page that keeps failing publishes nothing of the window, then BoxWindowFailed with the reason', async () => {
    sandbox.faults.set({ failPage: 1, failTimes: 1000 });
    const id = await requestWindow(T0 + 2 * DAY, T0 + 3 * DAY);
    for (let i = 0; i < 3; i++) {
      await box.sql()`update sync_requests set next_attempt_at = now() where request_id = ${id}`;
      await worker.drain();
    }
    sandbox.faults.set({});
    const out = await batches(id);
    expect(out.map((b) => b.type)).toEqual(['integrations.box.BoxWindowFailed']);
    expect(out[0]!.payload.payload.reason).toMatch(/GET \/2\.0\/folders\/200001\/items answered 503/);
    expect(await box.sql()`select status, attempts from sync_requests where request_id = ${id}`).toEqual([
      { status: 'failed', attempts: 3 },
    ]);
  });
});

describe('the Box connector, outbound', () => {
  it('uploads a document recorded in the Playbook once, through 429s, and never one that came from Box', async () => {
    sandbox.faults.set({ rateLimitEvery: 2, retryAfterSeconds: 0 });
    const sha256 = 'a'.repeat(64);
    const res = await call(contracts, 'POST', `/contracts/${contractId}/documents`, {
      name: 'Acme MSA countersigned.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 48_213,
      sha256,
    });
    expect(res.status).toBe(201);
    await eventually(async () => expect(await published(box, 'integrations.box.BoxDocumentStored')).toHaveLength(1), {
      timeoutMs: 30_000,
    });
    sandbox.faults.set({});
    const uploaded = sandbox.inFolder('200003');
    expect(uploaded).toHaveLength(1);
    expect(uploaded[0]!.name).toMatch(/^Acme MSA countersigned\.pdf \(v3, [0-9a-f-]{36}\)\.playbook\.json$/);
    expect(JSON.parse(uploaded[0]!.content.toString())).toMatchObject({ contractId, version: 3, sha256 });
    const [stored] = (await published(box, 'integrations.box.BoxDocumentStored')).map((r) => r.payload);
    expect(stored.payload).toMatchObject({ contractId, version: 3, boxFileId: uploaded[0]!.id, reused: false });
    expect(stored.payload.sha1).toBe(uploaded[0]!.sha1);

    // The same message handled again (a crash after the upload, before the commit): found, not uploaded twice.
    const [envelope] = (
      await contracts.sql()<{ payload: any }[]>`
        select payload from outbox where type = 'contracts.ContractDocumentStored' and payload->'payload'->>'version' = '3'`
    ).map((r) => r.payload);
    const api = boxApi(boxSettings.parse(env));
    const again: any[] = [];
    const outcome = await box
      .sql()
      .begin((tx) =>
        uploadContractDocument(tx, { publish: async (i: any) => again.push(i) } as never, api, '200003', envelope),
      );
    expect(outcome).toBe('reused');
    expect(again[0].payload).toMatchObject({ boxFileId: uploaded[0]!.id, reused: true });
    expect(sandbox.inFolder('200003')).toHaveLength(1);
    // The versions that came from Box were not uploaded back.
    const fromBox = (await published(contracts, 'contracts.ContractDocumentStored')).filter(
      (r) => r.payload.payload.source === 'box',
    );
    expect(fromBox).toHaveLength(2);
    for (const r of fromBox)
      expect(await uploadContractDocument(undefined as never, undefined as never, api, '200003', r.payload)).toBe(
        'not-ours',
      );
  });

  it('never puts the client secret or a token into an envelope, a stored error or a record', async () => {
    const texts = [
      JSON.stringify(await box.sql()`select payload, headers from outbox`),
      JSON.stringify(await box.sql()`select last_error from sync_requests`),
      JSON.stringify(await box.sql()`select * from box_uploads`),
    ];
    for (const text of texts) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toMatch(/box_tok_/);
    }
  });
});
