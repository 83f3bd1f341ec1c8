import { createHash } from 'node:crypto';
import { call } from './client.ts';

type As = (token: string, key: string) => { token: string; idempotencyKey: string };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The demo's assets: the keynote title slide at the event in two versions (uploaded by the producer),
 * and the client's brand kit (a client-level grant is needed: the admin publishes it) with that logo.
 */
export async function seedAssets(
  assetsUrl: string,
  as: As,
  people: { admin: string; producer: string },
  scope: { clientId: string; eventId: string },
) {
  const slide = (text: string) => ({
    fileName: 'northwind-summit-title.png',
    mediaType: 'image/png',
    sizeBytes: 48_000 + text.length,
    sha256: sha256(text),
  });
  const asset = await call<{ assetId: string }>(`${assetsUrl}/assets`, {
    ...as(people.producer, 'asset:title-slide'),
    body: { eventId: scope.eventId, name: 'Summit title slide and logo', ...slide('title slide v1') },
  });
  await call(`${assetsUrl}/assets/${asset.assetId}/versions`, {
    ...as(people.producer, 'asset:title-slide:v2'),
    body: slide('title slide v2, client colours'),
  });
  const kit = await call<{ brandKitId: string }>(`${assetsUrl}/brand-kits`, {
    ...as(people.admin, 'brand-kit:northwind'),
    body: {
      clientId: scope.clientId,
      name: 'Northwind Traders',
      colours: [
        { name: 'Northwind navy', hex: '#0B3D91' },
        { name: 'Harbour teal', hex: '#1B998B' },
        { name: 'Signal amber', hex: '#F4A259' },
      ],
      fonts: [
        { family: 'Inter', usage: 'body' },
        { family: 'Playfair Display', usage: 'headings' },
      ],
      logoAssetIds: [asset.assetId],
    },
  });
  return { assetId: asset.assetId, brandKitId: kit.brandKitId };
}
