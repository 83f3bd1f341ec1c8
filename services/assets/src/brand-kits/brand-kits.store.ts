import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
import type { BrandKitContent } from '../domain/brand-kit.ts';

export interface BrandKitRow {
  brand_kit_id: string;
  seq: string;
  org_id: string;
  client_id: string;
  name: string;
  version: number;
  colours: BrandKitContent['colours'];
  fonts: BrandKitContent['fonts'];
  logo_asset_ids: string[];
  published_by: string;
  published_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A brand kit is the client's: anyone with a grant at the client or at one of its events may read it. */
const readable = (db: Queryable, reader: Reader) =>
  visible(db, reader, { eventId: null, clientThroughEventGrants: true });

export async function findBrandKit(db: Queryable, brandKitId: string, lock = false) {
  if (!UUID.test(brandKitId)) return undefined;
  const [row] = await db<BrandKitRow[]>`
    select * from brand_kits where brand_kit_id = ${brandKitId} ${lock ? db`for update` : db``}`;
  return row;
}

export async function isReadable(db: Queryable, reader: Reader, brandKitId: string): Promise<boolean> {
  const rows = await db`select 1 from brand_kits r where r.brand_kit_id = ${brandKitId} and ${readable(db, reader)}`;
  return rows.length === 1;
}

export function listReadable(
  db: Queryable,
  reader: Reader,
  f: { clientId?: string | undefined; afterSeq: string; limit: number },
) {
  return db<BrandKitRow[]>`
    select r.* from brand_kits r
    where ${readable(db, reader)} and r.seq > ${f.afterSeq} ${f.clientId ? db`and r.client_id = ${f.clientId}` : db``}
    order by r.seq limit ${f.limit + 1}`;
}

/** Writes a version: the kit's current content and the kept history row. */
export async function writeVersion(
  db: Queryable,
  k: { brandKitId: string; orgId: string; clientId: string; version: number; content: BrandKitContent; by: string },
): Promise<BrandKitRow> {
  const c = k.content;
  const [row] = await db<BrandKitRow[]>`
    insert into brand_kits (brand_kit_id, org_id, client_id, name, version, colours, fonts, logo_asset_ids, published_by)
    values (${k.brandKitId}, ${k.orgId}, ${k.clientId}, ${c.name}, ${k.version}, ${db.json(c.colours as never)},
      ${db.json(c.fonts as never)}, ${db.json(c.logoAssetIds as never)}, ${k.by})
    on conflict (brand_kit_id) do update set name = excluded.name, version = excluded.version, colours = excluded.colours,
      fonts = excluded.fonts, logo_asset_ids = excluded.logo_asset_ids, published_by = excluded.published_by,
      published_at = now()
    returning *`;
  await db`insert into brand_kit_versions (brand_kit_id, version, content, published_by)
           values (${k.brandKitId}, ${k.version}, ${db.json(c as never)}, ${k.by})`;
  return row!;
}

export const toBrandKit = (r: BrandKitRow) => ({
  brandKitId: r.brand_kit_id,
  orgId: r.org_id,
  clientId: r.client_id,
  name: r.name,
  version: r.version,
  colours: r.colours,
  fonts: r.fonts,
  logoAssetIds: r.logo_asset_ids,
  publishedBy: r.published_by,
  publishedAt: r.published_at.toISOString(),
});
