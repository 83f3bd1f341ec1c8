import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
import type { VersionContent } from '../domain/asset.ts';

export interface AssetRow {
  asset_id: string;
  seq: string;
  org_id: string;
  client_id: string;
  event_id: string;
  name: string;
  latest_version: number;
  approved_version: number | null;
  approved_by: string | null;
  approved_at: Date | null;
  created_by: string;
  created_at: Date;
}

export interface VersionRow {
  asset_id: string;
  version: number;
  file_name: string;
  media_type: string;
  size_bytes: string;
  sha256: string;
  added_by: string;
  added_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findAsset(db: Queryable, assetId: string, lock = false): Promise<AssetRow | undefined> {
  if (!UUID.test(assetId)) return undefined;
  const [row] = await db<AssetRow[]>`select * from assets where asset_id = ${assetId} ${lock ? db`for update` : db``}`;
  return row;
}

export function versionsOf(db: Queryable, assetIds: string[]) {
  return db<
    VersionRow[]
  >`select * from asset_versions where asset_id = any(${assetIds}::uuid[]) order by asset_id, version`;
}

export function listReadable(
  db: Queryable,
  reader: Reader,
  f: { eventId?: string | undefined; afterSeq: string; limit: number },
) {
  return db<AssetRow[]>`
    select r.* from assets r
    where ${visible(db, reader)} and r.seq > ${f.afterSeq} ${f.eventId ? db`and r.event_id = ${f.eventId}` : db``}
    order by r.seq limit ${f.limit + 1}`;
}

/** Of `assetIds`, those that exist in the organization under the client (a brand kit's logos). */
export async function assetsOfClient(db: Queryable, orgId: string, clientId: string, assetIds: string[]) {
  const ids = assetIds.filter((id) => UUID.test(id));
  const rows = await db<{ asset_id: string }[]>`
    select asset_id from assets where org_id = ${orgId} and client_id = ${clientId} and asset_id = any(${ids}::uuid[])`;
  return new Set(rows.map((r) => r.asset_id));
}

export async function insertAsset(
  db: Queryable,
  a: { assetId: string; orgId: string; clientId: string; eventId: string; name: string; by: string },
): Promise<void> {
  await db`insert into assets (asset_id, org_id, client_id, event_id, name, latest_version, created_by)
           values (${a.assetId}, ${a.orgId}, ${a.clientId}, ${a.eventId}, ${a.name}, 1, ${a.by})`;
}

export async function insertVersion(db: Queryable, assetId: string, version: number, c: VersionContent, by: string) {
  await db`insert into asset_versions (asset_id, version, file_name, media_type, size_bytes, sha256, added_by)
           values (${assetId}, ${version}, ${c.fileName}, ${c.mediaType}, ${c.sizeBytes}, ${c.sha256}, ${by})`;
  await db`update assets set latest_version = ${version} where asset_id = ${assetId}`;
}

export async function recordApproval(db: Queryable, assetId: string, version: number, by: string): Promise<void> {
  await db`update assets set approved_version = ${version}, approved_by = ${by}, approved_at = now()
           where asset_id = ${assetId}`;
}

const toVersion = (v: VersionRow) => ({
  version: v.version,
  fileName: v.file_name,
  mediaType: v.media_type,
  sizeBytes: Number(v.size_bytes),
  sha256: v.sha256,
  addedBy: v.added_by,
  addedAt: v.added_at.toISOString(),
});

export const toAsset = (r: AssetRow, versions: VersionRow[]) => ({
  assetId: r.asset_id,
  orgId: r.org_id,
  clientId: r.client_id,
  eventId: r.event_id,
  name: r.name,
  latestVersion: r.latest_version,
  approvedVersion: r.approved_version,
  approvedBy: r.approved_by,
  approvedAt: r.approved_at?.toISOString() ?? null,
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
  versions: versions.filter((v) => v.asset_id === r.asset_id).map(toVersion),
});

/** Rows with their versions, as views. */
export async function withVersions(db: Queryable, rows: AssetRow[]) {
  const versions =
    rows.length === 0
      ? []
      : await versionsOf(
          db,
          rows.map((r) => r.asset_id),
        );
  return rows.map((r) => toAsset(r, versions));
}
