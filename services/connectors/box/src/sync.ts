import type { BoxFile } from '@playbook/contracts/types';
import { publishWindow } from '@playbook/connector-kit/batch';
import type { Meter } from '@playbook/connector-kit/meter';
import type { SyncHandlers } from '@playbook/connector-kit/sync-worker';
import type { SyncRequest } from '@playbook/connector-kit/sync-requests';
import { windowMessageId } from '@playbook/connector-kit/window';
import type { Sql, Tx } from '@playbook/db/client';
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
  return {
    fetch,
    async publish(uow, tx: Tx, r, f, meter) {
      await rememberHashes(tx, f.hashed);
      await publishWindow(uow, tx, {
        system: SYSTEM,
        dataset: r.dataset,
        window: { from: r.from, to: r.to },
        type: 'integrations.box.BoxFilesFetched',
        scope: { orgId: r.orgId },
        fetched: f.fetched,
        records: f.records,
        filters: {
          modifiedAt: 'in window',
          folders: folders.map(([role, id]) => `${role}:${id}`).join(','),
          excluded: 'files the Playbook uploaded',
        },
        meter,
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor: ACTOR,
        ...(maxPartBytes ? { maxPartBytes } : {}),
        payload: (files, part, parts) => ({
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          part,
          parts,
          requestId: r.requestId,
          files,
        }),
      });
    },
    async publishFailure(uow, tx: Tx, r, reason) {
      const publisher = uow.publisher(tx, {
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor: ACTOR,
        messageIdFor: () => windowMessageId(SYSTEM, `${r.dataset}:failed:${r.requestId}`, r),
      });
      await publisher.publish({
        type: 'integrations.box.BoxWindowFailed',
        key: `${SYSTEM}:${r.dataset}`,
        scope: { orgId: r.orgId },
        counts: { affected: 0, attempts: r.attempts },
        rules: [
          {
            name: 'box.window',
            parameters: { from: new Date(r.from).toISOString(), to: new Date(r.to).toISOString() },
          },
        ],
        payload: {
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          requestId: r.requestId,
          reason,
          attempts: r.attempts,
        },
      });
    },
  };
}
