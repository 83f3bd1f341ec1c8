import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { isMediaType, isSha256 } from '../domain/asset.ts';

const id = z.string().min(1).max(200);
const params = z.object({ assetId: z.string().min(1) });
const content = {
  fileName: z.string().trim().min(1).max(300),
  mediaType: z.string().refine(isMediaType, 'must be a media type such as image/png').openapi({ example: 'image/png' }),
  sizeBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  sha256: z
    .string()
    .refine(isSha256, 'must be a SHA-256 as 64 lowercase hex characters')
    .openapi({ description: 'SHA-256 of the content, lowercase hex.' }),
};

const versionSchema = z
  .object({
    version: z.number().int(),
    ...content,
    sha256: z.string(),
    mediaType: z.string(),
    addedBy: z.string(),
    addedAt: z.string(),
  })
  .openapi('AssetVersion');

export const assetSchema = z
  .object({
    assetId: z.string(),
    orgId: z.string(),
    clientId: z.string(),
    eventId: z.string(),
    name: z.string(),
    latestVersion: z.number().int(),
    approvedVersion: z.number().int().nullable(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    versions: z.array(versionSchema),
  })
  .openapi('Asset');

const tags = ['assets'];
const missing = { 404: 'No such asset in your organization (ASSETS.ASSET_NOT_FOUND).' };

export const list = defineRoute({
  operationId: 'listAssets',
  method: 'get',
  path: '/assets',
  tags,
  summary: 'Assets the caller may read, by event',
  request: { query: z.object({ eventId: id.optional(), ...pageQuery }) },
  responses: { 200: jsonContent(pageOf(assetSchema), 'A page of assets with their versions') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getAsset',
  method: 'get',
  path: '/assets/{assetId}',
  tags,
  summary: 'One asset with its versions',
  request: { params },
  responses: { 200: jsonContent(assetSchema, 'The asset') },
  errors: missing,
});
export type GetOneRoute = typeof getOne;

export const create = defineRoute({
  operationId: 'uploadAsset',
  method: 'post',
  path: '/assets',
  tags,
  summary: 'Upload an asset’s first version at an event (assets.write: admin, producer, contributor)',
  description: 'Metadata and content hash only: the bytes go to Box with the connectors.',
  request: { body: jsonBody(z.object({ eventId: id, name: z.string().trim().min(1).max(200), ...content })) },
  responses: { 201: jsonContent(assetSchema, 'Uploaded (assets.AssetUploaded)') },
  errors: { 404: 'The event is not known to assets yet (ASSETS.EVENT_UNKNOWN).' },
});
export type CreateRoute = typeof create;

export const addVersion = defineRoute({
  operationId: 'addAssetVersion',
  method: 'post',
  path: '/assets/{assetId}/versions',
  tags,
  summary: 'Add a new version of an asset (assets.write)',
  request: { params, body: jsonBody(z.object(content)) },
  responses: { 201: jsonContent(assetSchema, 'Added (assets.AssetVersionAdded)') },
  errors: { ...missing, 409: 'The latest version has this content already (ASSETS.SAME_CONTENT).' },
});
export type AddVersionRoute = typeof addVersion;

export const approve = defineRoute({
  operationId: 'approveAsset',
  method: 'post',
  path: '/assets/{assetId}/approve',
  tags,
  summary: 'Approve one version of an asset (admins and producers: events.write at the event)',
  request: { params, body: jsonBody(z.object({ version: z.number().int().min(1) })) },
  responses: { 200: jsonContent(assetSchema, 'Approved (assets.AssetApproved), or approved already') },
  errors: { ...missing, 422: 'No such version (ASSETS.NO_SUCH_VERSION).' },
});
export type ApproveRoute = typeof approve;
