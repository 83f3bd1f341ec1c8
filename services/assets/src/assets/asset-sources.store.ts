import type { Queryable } from '@playbook/db/client';

/** The assets known by their file in `source`, with the SHA-1 last taken and the latest version's SHA-256. */
export async function sourcedAssets(db: Queryable, source: string, fileIds: string[]) {
  if (fileIds.length === 0) return new Map<string, { assetId: string; sha1: string; latestSha256: string }>();
  const rows = await db<{ source_file_id: string; asset_id: string; sha1: string; sha256: string }[]>`
    select s.source_file_id, s.asset_id, s.sha1, v.sha256
    from asset_sources s
    join assets a on a.asset_id = s.asset_id
    join asset_versions v on v.asset_id = a.asset_id and v.version = a.latest_version
    where s.source = ${source} and s.source_file_id = any(${fileIds})`;
  return new Map(
    rows.map((r) => [r.source_file_id, { assetId: r.asset_id, sha1: r.sha1, latestSha256: r.sha256 }] as const),
  );
}

export async function rememberSource(db: Queryable, source: string, fileId: string, assetId: string, sha1: string) {
  await db`insert into asset_sources (source, source_file_id, asset_id, sha1) values (${source}, ${fileId}, ${assetId}, ${sha1})
           on conflict (source, source_file_id) do update set sha1 = excluded.sha1`;
}
