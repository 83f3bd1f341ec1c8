import type { BoxFile } from '@playbook/contracts/types';
import type { Meter } from '@playbook/connector-kit/meter';
import type { SyncRequest } from '@playbook/connector-kit/sync-requests';
import type { SyncHandlers } from '@playbook/connector-kit/sync-worker';
import { windowSync } from '@playbook/connector-kit/window-sync';
import type { Sql } from '@playbook/db/client';
import type { BoxApi } from './box-api.ts';
import { type FolderRole, inWindow, normalize } from './domain/box-files.ts';
import type { BoxSettings } from './env.ts';
import { knownHashes, rememberHashes, uploadedFileIds } from './files/files.store.ts';

export const SYSTEM = 'box';
export const ACTOR = { kind: 'connector' as const, id: SYSTEM, displayName: 'Box' };
type Fetched = { fetched: number; records: BoxFile[]; hashed: { fileId: string; sha1: string; sha256: string }[] };

/**
 * What the sync worker does for Box: list the configured contracts and assets folders (every page),
 * keep the files modified in the window that the Playbook did not upload itself, hash each one's
 * content (once per SHA-1; Box gives only a SHA-1 and the Playbook records SHA-256), and publish
 * them as BoxFilesFetched. Box cannot filter a folder listing by date, so every window lists the
 * whole folder and `skipped` counts what fell outside it.
 */
export function boxSync(api: BoxApi, sql: Sql, s: BoxSettings, maxPartBytes?: number): SyncHandlers<Fetched> {
  const folders: [FolderRole, string][] = [
    ['contracts', s.BOX_CONTRACTS_FOLDER_ID],
    ['assets', s.BOX_ASSETS_FOLDER_ID],
  ];
  async function fetch(r: SyncRequest, meter: Meter): Promise<Fetched> {
    const listed = [];
    for (const [role, folderId] of folders)
      for (const file of await api.filesIn(folderId, meter)) listed.push({ file, role, folderId });
    const ours = await uploadedFileIds(
      sql,
      listed.map((l) => l.file.id),
    );
    const kept = listed.filter((l) => inWindow(l.file, r) && !ours.has(l.file.id));
    const known = await knownHashes(
      sql,
      kept.map((l) => ({ id: l.file.id, sha1: l.file.sha1.toLowerCase() })),
    );
    const records: BoxFile[] = [];
    const hashed: Fetched['hashed'] = [];
    for (const { file, role, folderId } of kept) {
      const sha1 = file.sha1.toLowerCase();
      let sha256 = known.get(`${file.id}:${sha1}`);
      if (!sha256) {
        sha256 = await api.sha256Of(file, meter);
        hashed.push({ fileId: file.id, sha1, sha256 });
      }
      records.push(normalize(file, role, folderId, s.BOX_METADATA_TEMPLATE, sha256));
    }
    return { fetched: listed.length, records, hashed };
  }
  const handlers = windowSync({
    system: SYSTEM,
    displayName: ACTOR.displayName,
    fetchedType: 'integrations.box.BoxFilesFetched',
    failedType: 'integrations.box.BoxWindowFailed',
    fetch,
    filters: {
      modifiedAt: 'in window',
      folders: folders.map(([role, id]) => `${role}:${id}`).join(','),
      excluded: 'files the Playbook uploaded',
    },
    payload: (files) => ({ files }),
    maxPartBytes,
    failureRuleOmitsDataset: true,
  });
  return {
    ...handlers,
    async publish(uow, tx, r, f, meter) {
      await rememberHashes(tx, f.hashed);
      await handlers.publish(uow, tx, r, f, meter);
    },
  };
}
