import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { eventScope } from '@playbook/service-kit/access';
import { assetNameOf, boxChange, eventIdOf } from '../domain/box-link.ts';
import { rememberSource, sourcedAssets } from './asset-sources.store.ts';
import { addVersion, uploadAsset } from './assets.commands.ts';

const SOURCE = 'box';

export interface BoxAssetImport {
  uploaded: number;
  versioned: number;
  unchanged: number;
  /** Naming no event of the organization. */
  unlinked: number;
}

/**
 * Ingests the assets of a Box batch: a file of the assets folder that names an event of the
 * organization (eventIdOf) is an asset of that event — uploaded the first time it is seen
 * (AssetUploaded), a new version when Box gives it a new SHA-1 with new content (AssetVersionAdded).
 * The same SHA-1 again (a re-fetched or overlapping window) changes nothing.
 */
export async function importBoxAssets(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'integrations.box.BoxFilesFetched'>,
): Promise<BoxAssetImport> {
  const files = e.payload.files.filter((f) => f.role === 'assets');
  const known = await sourcedAssets(
    tx,
    SOURCE,
    files.map((f) => f.id),
  );
  const outcome: BoxAssetImport = { uploaded: 0, versioned: 0, unchanged: 0, unlinked: 0 };
  for (const f of files) {
    const by = `box:${f.modifiedBy ?? 'unknown'}`;
    const content = { fileName: f.name, mediaType: f.mediaType, sizeBytes: f.sizeBytes, sha256: f.sha256 };
    const was = known.get(f.id);
    const change = boxChange(was, f);
    if (change === 'unchanged') {
      outcome.unchanged++;
      continue;
    }
    if (was) {
      if (change === 'new-version') {
        await addVersion(tx, publisher, was.assetId, content, by);
        outcome.versioned++;
      } else outcome.unchanged++;
      await rememberSource(tx, SOURCE, f.id, was.assetId, f.sha1);
      known.set(f.id, { assetId: was.assetId, sha1: f.sha1, latestSha256: f.sha256 });
      continue;
    }
    const eventId = eventIdOf(f);
    const scope = eventId ? await eventScope(tx, eventId) : null;
    if (!eventId || !scope || scope.orgId !== e.scope.orgId) {
      outcome.unlinked++;
      continue;
    }
    const assetId = await uploadAsset(
      tx,
      publisher,
      { orgId: scope.orgId, clientId: scope.clientId, eventId },
      { name: assetNameOf(f.name), ...content },
      by,
    );
    await rememberSource(tx, SOURCE, f.id, assetId, f.sha1);
    known.set(f.id, { assetId, sha1: f.sha1, latestSha256: f.sha256 });
    outcome.uploaded++;
  }
  return outcome;
}
