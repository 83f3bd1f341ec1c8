import { createHash } from 'node:crypto';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../src/definition.ts';
import { body, createWorld, type World } from './harness.ts';

const ORG = 'org-assets';
const PEOPLE = ['admin', 'producer-a', 'contributor-a', 'viewer-a', 'contributor-client', 'producer-b'] as const;
type Person = (typeof PEOPLE)[number];
let world: World;
let assets: Service;
const tokens = {} as Record<Person, string>;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const request = (method: string, path: string, who: Person, payload?: unknown) =>
  assets.app.request(path, {
    method,
    headers: { authorization: tokens[who], ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
const outbox = (type: string) =>
  assets.sql()<{ key: string; payload: any }[]>`select key, payload from outbox where type = ${type} order by seq`;
const outboxSize = async () => Number((await assets.sql()`select count(*)::int as n from outbox`)[0]!.n);
const slide = (text: string) => ({
  fileName: 'title.pptx',
  mediaType: 'application/vnd.ms-powerpoint',
  sizeBytes: text.length,
  sha256: sha(text),
});

beforeAll(async () => {
  world = await createWorld('assets');
  assets = await world.start(definition);
  const sql = assets.sql();
  await accessProjection.recordClient(sql, ORG, 'client-1');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-b');
  const grant = (principalId: Person, role: 'admin' | 'producer' | 'contributor' | 'viewer', scope: object) =>
    accessProjection.grant(sql, { grantId: `g-${principalId}`, principalId, role, scope: { orgId: ORG, ...scope } });
  await grant('admin', 'admin', {});
  // As directory records them: an event grant names the event's client too.
  await grant('producer-a', 'producer', { clientId: 'client-1', eventId: 'event-a' });
  await grant('contributor-a', 'contributor', { clientId: 'client-1', eventId: 'event-a' });
  await grant('viewer-a', 'viewer', { clientId: 'client-1', eventId: 'event-a' });
  await grant('contributor-client', 'contributor', { clientId: 'client-1' });
  await grant('producer-b', 'producer', { clientId: 'client-1', eventId: 'event-b' });
  for (const id of PEOPLE) tokens[id] = await world.bearer({ id, orgId: ORG });
}, 120_000);
afterAll(() => world?.dispose());

describe('assets', () => {
  let assetId: string;

  it('lets a contributor upload an asset and add a version; each is an event', async () => {
    const uploaded = await request('POST', '/assets', 'contributor-a', {
      eventId: 'event-a',
      name: 'Keynote title slide',
      ...slide('v1'),
    });
    expect(uploaded.status).toBe(201);
    const asset = await body(uploaded);
    assetId = asset.assetId;
    expect(asset).toMatchObject({
      clientId: 'client-1',
      latestVersion: 1,
      approvedVersion: null,
      versions: [{ version: 1, sha256: sha('v1') }],
    });
    const added = await request('POST', `/assets/${assetId}/versions`, 'contributor-a', slide('v2, darker'));
    expect((await body(added)).versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const [up] = await outbox('assets.AssetUploaded');
    expect(up!.payload).toMatchObject({
      actor: { id: 'contributor-a' },
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
      payload: { assetId, version: 1, sha256: sha('v1'), name: 'Keynote title slide', uploadedBy: 'contributor-a' },
    });
    const [v2] = await outbox('assets.AssetVersionAdded');
    expect(v2!.payload.payload).toMatchObject({ version: 2, sha256: sha('v2, darker'), addedBy: 'contributor-a' });
  });

  it('refuses the latest content again (409) and bad metadata (400), with no outbox row', async () => {
    const before = await outboxSize();
    const again = await request('POST', `/assets/${assetId}/versions`, 'contributor-a', slide('v2, darker'));
    expect([again.status, (await body(again)).code]).toEqual([409, 'ASSETS.SAME_CONTENT']);
    const bad = await request('POST', `/assets/${assetId}/versions`, 'contributor-a', { ...slide('x'), sha256: 'ABC' });
    expect(bad.status).toBe(400);
    expect(await outboxSize()).toBe(before);
  });

  it('lets a producer approve a version but not a contributor; approving it again changes nothing', async () => {
    const before = await outboxSize();
    expect((await request('POST', `/assets/${assetId}/approve`, 'contributor-a', { version: 2 })).status).toBe(403);
    expect((await request('POST', `/assets/${assetId}/approve`, 'producer-b', { version: 2 })).status).toBe(403);
    const missing = await request('POST', `/assets/${assetId}/approve`, 'producer-a', { version: 3 });
    expect([missing.status, (await body(missing)).code]).toEqual([422, 'ASSETS.NO_SUCH_VERSION']);
    expect(await outboxSize()).toBe(before);
    for (let i = 0; i < 2; i++) {
      const approved = await request('POST', `/assets/${assetId}/approve`, 'producer-a', { version: 2 });
      expect(await body(approved)).toMatchObject({ approvedVersion: 2, approvedBy: 'producer-a' });
    }
    const [approvedEvent, ...more] = await outbox('assets.AssetApproved');
    expect(more).toHaveLength(0);
    expect(approvedEvent!.payload.payload).toMatchObject({
      version: 2,
      sha256: sha('v2, darker'),
      previousApprovedVersion: null,
    });
  });

  it('refuses viewers and people of another event, and shows assets only to those who may read them', async () => {
    const before = await outboxSize();
    expect(
      (await request('POST', '/assets', 'viewer-a', { eventId: 'event-a', name: 'x', ...slide('x') })).status,
    ).toBe(403);
    expect(
      (await request('POST', '/assets', 'producer-b', { eventId: 'event-a', name: 'x', ...slide('x') })).status,
    ).toBe(403);
    expect((await request('POST', `/assets/${assetId}/versions`, 'viewer-a', slide('y'))).status).toBe(403);
    expect(await outboxSize()).toBe(before);
    expect((await request('GET', `/assets/${assetId}`, 'viewer-a')).status).toBe(200);
    expect((await request('GET', `/assets/${assetId}`, 'producer-b')).status).toBe(403);
    expect((await body(await request('GET', '/assets', 'producer-b'))).items).toEqual([]);
    const unknown = await request('POST', '/assets', 'admin', { eventId: 'event-x', name: 'x', ...slide('x') });
    expect([unknown.status, (await body(unknown)).code]).toEqual([404, 'ASSETS.EVENT_UNKNOWN']);
  });

  describe('brand kits', () => {
    const kit = () => ({
      name: 'Northwind',
      colours: [{ name: 'Primary', hex: '#0B3D91' }],
      fonts: [{ family: 'Inter', usage: 'body' }],
      logoAssetIds: [assetId],
    });

    it('need assets.write at the client: event-level producers and contributors are refused', async () => {
      const before = await outboxSize();
      for (const who of ['producer-a', 'contributor-a', 'viewer-a'] as const) {
        expect((await request('POST', '/brand-kits', who, { clientId: 'client-1', ...kit() })).status).toBe(403);
      }
      const unknownClient = await request('POST', '/brand-kits', 'admin', { clientId: 'client-x', ...kit() });
      expect([unknownClient.status, (await body(unknownClient)).code]).toEqual([404, 'ASSETS.CLIENT_UNKNOWN']);
      const badLogo = await request('POST', '/brand-kits', 'admin', {
        clientId: 'client-1',
        ...kit(),
        logoAssetIds: ['nope'],
      });
      expect([badLogo.status, (await body(badLogo)).code]).toEqual([422, 'ASSETS.LOGO_NOT_FOUND']);
      expect(await outboxSize()).toBe(before);
    });

    it('are published in versions by a client-level contributor, readable through an event of the client', async () => {
      const created = await request('POST', '/brand-kits', 'contributor-client', { clientId: 'client-1', ...kit() });
      expect(created.status).toBe(201);
      const v1 = await body(created);
      expect(v1).toMatchObject({ version: 1, logoAssetIds: [assetId] });
      const v2 = await body(
        await request('POST', `/brand-kits/${v1.brandKitId}/publish`, 'admin', {
          ...kit(),
          colours: [{ name: 'Primary', hex: '#112233' }],
        }),
      );
      expect(v2).toMatchObject({ version: 2, colours: [{ name: 'Primary', hex: '#112233' }] });
      expect((await request('POST', `/brand-kits/${v1.brandKitId}/publish`, 'producer-a', kit())).status).toBe(403);
      const published = await outbox('assets.BrandKitPublished');
      expect(published.map((r) => [r.payload.payload.version, r.payload.scope.eventId])).toEqual([
        [1, null],
        [2, null],
      ]);
      expect(published[1]!.payload).toMatchObject({
        counts: { affected: 1, colours: 1, fonts: 1, logos: 1 },
        payload: { fonts: [{ family: 'Inter', usage: 'body' }], publishedBy: 'admin' },
      });
      expect((await body(await request('GET', `/brand-kits/${v1.brandKitId}`, 'viewer-a'))).version).toBe(2);
      expect((await body(await request('GET', '/brand-kits?clientId=client-1', 'producer-b'))).items).toHaveLength(1);
      const versions = await assets.sql()`select version from brand_kit_versions order by version`;
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
    });
  });
});
