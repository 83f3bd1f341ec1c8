import { randomUUID } from 'node:crypto';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { notFound } from '@playbook/service-kit/problem';
import { assetsOfClient } from '../assets/assets.store.ts';
import { type BrandKitContent, unknownLogos } from '../domain/brand-kit.ts';
import { type BrandKitRow, findBrandKit, writeVersion } from './brand-kits.store.ts';

export const BRAND_KIT_NOT_FOUND = 'ASSETS.BRAND_KIT_NOT_FOUND';

async function publishVersion(
  tx: Tx,
  publisher: Publisher,
  kit: { brandKitId: string; orgId: string; clientId: string; version: number },
  content: BrandKitContent,
  by: string,
): Promise<BrandKitRow> {
  const known = await assetsOfClient(tx, kit.orgId, kit.clientId, content.logoAssetIds);
  const unknown = unknownLogos(content, known);
  if (unknown.length > 0) {
    throw new CodedError('ASSETS.LOGO_NOT_FOUND', `No asset of this client has the id ${unknown.join(', ')}.`, 422, {
      logoAssetIds: unknown,
    });
  }
  const row = await writeVersion(tx, { ...kit, content, by });
  await publisher.publish({
    type: 'assets.BrandKitPublished',
    key: kit.brandKitId,
    scope: { orgId: kit.orgId, clientId: kit.clientId, eventId: null },
    counts: {
      affected: 1,
      colours: content.colours.length,
      fonts: content.fonts.length,
      logos: content.logoAssetIds.length,
    },
    payload: { brandKitId: kit.brandKitId, clientId: kit.clientId, version: kit.version, ...content, publishedBy: by },
  });
  return row;
}

/** A client's new brand kit, published as version 1. */
export const createBrandKit = (
  tx: Tx,
  publisher: Publisher,
  scope: { orgId: string; clientId: string },
  content: BrandKitContent,
  by: string,
) => publishVersion(tx, publisher, { brandKitId: randomUUID(), ...scope, version: 1 }, content, by);

/** The next version of a brand kit: the whole content replaced, the earlier versions kept. */
export async function republishBrandKit(
  tx: Tx,
  publisher: Publisher,
  brandKitId: string,
  content: BrandKitContent,
  by: string,
) {
  const kit = await findBrandKit(tx, brandKitId, true);
  if (!kit) throw notFound('The brand kit', BRAND_KIT_NOT_FOUND);
  return publishVersion(
    tx,
    publisher,
    { brandKitId, orgId: kit.org_id, clientId: kit.client_id, version: kit.version + 1 },
    content,
    by,
  );
}
