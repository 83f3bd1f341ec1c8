import { dayOf, type Mappers, words } from './changes.ts';

/** Work items (work), assets (event) and brand kits (client-level) from assets. */
export const workRecords: Mappers = {
  'work.WorkItemCreated': ({ scope, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'work_item',
        id: p.workItemId,
        orgId: scope.orgId,
        clientId: p.clientId,
        eventId: p.eventId,
        title: p.title,
        body: words('task', p.assigneeRole),
        status: p.status,
        onDate: p.dueOn,
      },
    },
  ],
  'work.WorkItemStatusChanged': ({ payload: p }) => [
    { kind: 'patch', type: 'work_item', id: p.workItemId, set: { status: p.to } },
  ],
};

export const assetsRecords: Mappers = {
  'assets.AssetUploaded': ({ scope, occurredAt, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'asset',
        id: p.assetId,
        orgId: scope.orgId,
        clientId: p.clientId,
        eventId: p.eventId,
        title: p.name,
        body: words(p.fileName, p.mediaType),
        status: 'uploaded',
        onDate: dayOf(occurredAt),
      },
    },
  ],
  'assets.AssetVersionAdded': ({ payload: p }) => [
    { kind: 'patch', type: 'asset', id: p.assetId, set: { body: words(p.fileName, p.mediaType), status: 'uploaded' } },
  ],
  'assets.AssetApproved': ({ payload: p }) => [
    { kind: 'patch', type: 'asset', id: p.assetId, set: { status: 'approved' } },
  ],
  'assets.BrandKitPublished': ({ scope, occurredAt, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'brand_kit',
        id: p.brandKitId,
        orgId: scope.orgId,
        clientId: p.clientId,
        eventId: null,
        clientLevel: true,
        title: p.name,
        body: words('brand kit', `version ${p.version}`),
        status: 'published',
        onDate: dayOf(occurredAt),
      },
    },
  ],
};
