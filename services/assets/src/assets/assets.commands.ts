import { randomUUID } from 'node:crypto';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { approve, nextVersion, type VersionContent } from '../domain/asset.ts';
import { findAsset, insertAsset, insertVersion, recordApproval, versionsOf } from './assets.store.ts';

export const ASSET_NOT_FOUND = 'ASSETS.ASSET_NOT_FOUND';
type EventScope = { orgId: string; clientId: string; eventId: string };

/** A new asset with its first version (AssetUploaded). Resolves with the asset id. */
export async function uploadAsset(
  tx: Tx,
  publisher: Publisher,
  scope: EventScope,
  input: VersionContent & { name: string },
  by: string,
): Promise<string> {
  const assetId = randomUUID();
  await insertAsset(tx, { assetId, ...scope, name: input.name, by });
  await insertVersion(tx, assetId, 1, input, by);
  await publisher.publish({
    type: 'assets.AssetUploaded',
    key: assetId,
    scope,
    counts: { affected: 1, versions: 1 },
    payload: {
      assetId,
      eventId: scope.eventId,
      clientId: scope.clientId,
      name: input.name,
      version: 1,
      fileName: input.fileName,
      mediaType: input.mediaType,
      sizeBytes: input.sizeBytes,
      sha256: input.sha256,
      uploadedBy: by,
    },
  });
  return assetId;
}

async function lockedAsset(tx: Tx, assetId: string) {
  const row = await findAsset(tx, assetId, true);
  if (!row) throw notFound('The asset', ASSET_NOT_FOUND);
  return row;
}

/** The next version (AssetVersionAdded); the latest version's content again is refused (409). */
export async function addVersion(tx: Tx, publisher: Publisher, assetId: string, content: VersionContent, by: string) {
  const asset = await lockedAsset(tx, assetId);
  const latest = (await versionsOf(tx, [assetId])).at(-1)!;
  const next = nextVersion({ version: latest.version, sha256: latest.sha256 }, content);
  if (next.kind === 'same-content')
    throw conflict(`Version ${next.version} has this content already (same SHA-256).`, 'ASSETS.SAME_CONTENT');
  await insertVersion(tx, assetId, next.version, content, by);
  await publisher.publish({
    type: 'assets.AssetVersionAdded',
    key: assetId,
    scope: { orgId: asset.org_id, clientId: asset.client_id, eventId: asset.event_id },
    counts: { affected: 1, versions: next.version },
    payload: {
      assetId,
      eventId: asset.event_id,
      clientId: asset.client_id,
      version: next.version,
      ...content,
      addedBy: by,
    },
  });
}

/** Approves one version (AssetApproved); the approved version again changes nothing. */
export async function approveVersion(tx: Tx, publisher: Publisher, assetId: string, version: number, by: string) {
  const asset = await lockedAsset(tx, assetId);
  const outcome = approve({ latestVersion: asset.latest_version, approvedVersion: asset.approved_version }, version);
  if (outcome.kind === 'unchanged') return;
  if (outcome.kind === 'no-such-version')
    throw new CodedError('ASSETS.NO_SUCH_VERSION', `The asset has versions 1 to ${outcome.latest}.`, 422);
  const approved = (await versionsOf(tx, [assetId])).find((v) => v.version === version)!;
  await recordApproval(tx, assetId, version, by);
  await publisher.publish({
    type: 'assets.AssetApproved',
    key: assetId,
    scope: { orgId: asset.org_id, clientId: asset.client_id, eventId: asset.event_id },
    counts: { affected: 1 },
    rules: [{ name: 'asset-approval', parameters: { permission: 'events.write', roles: 'admin,producer' } }],
    payload: {
      assetId,
      eventId: asset.event_id,
      clientId: asset.client_id,
      version,
      sha256: approved.sha256,
      previousApprovedVersion: outcome.previous,
      approvedBy: by,
    },
  });
}
