import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { isHexColour } from '../domain/asset.ts';

const id = z.string().min(1).max(200);
const params = z.object({ brandKitId: z.string().min(1) });
const colour = z.object({
  name: z.string().trim().min(1).max(100),
  hex: z.string().refine(isHexColour, 'must be #RRGGBB').openapi({ example: '#0B3D91' }),
});
const font = z.object({ family: z.string().trim().min(1).max(100), usage: z.string().trim().min(1).max(100) });
const content = {
  name: z.string().trim().min(1).max(200),
  colours: z.array(colour).max(50),
  fonts: z.array(font).max(20),
  logoAssetIds: z.array(id).max(20).openapi({ description: 'Assets of this client holding the logos.' }),
};

export const brandKitSchema = z
  .object({
    brandKitId: z.string(),
    orgId: z.string(),
    clientId: z.string(),
    ...content,
    colours: z.array(z.object({ name: z.string(), hex: z.string() })),
    version: z.number().int(),
    publishedBy: z.string(),
    publishedAt: z.string(),
  })
  .openapi('BrandKit');

const tags = ['brand kits'];
const missing = { 404: 'No such brand kit in your organization (ASSETS.BRAND_KIT_NOT_FOUND).' };
const badLogo = { 422: 'A logo names no asset of this client (ASSETS.LOGO_NOT_FOUND).' };

export const list = defineRoute({
  operationId: 'listBrandKits',
  method: 'get',
  path: '/brand-kits',
  tags,
  summary: 'Brand kits of the clients the caller works for (a grant at the client or one of its events)',
  request: { query: z.object({ clientId: id.optional(), ...pageQuery }) },
  responses: { 200: jsonContent(pageOf(brandKitSchema), 'A page of brand kits') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getBrandKit',
  method: 'get',
  path: '/brand-kits/{brandKitId}',
  tags,
  summary: 'One brand kit, at its latest version',
  request: { params },
  responses: { 200: jsonContent(brandKitSchema, 'The brand kit') },
  errors: missing,
});
export type GetOneRoute = typeof getOne;

export const create = defineRoute({
  operationId: 'createBrandKit',
  method: 'post',
  path: '/brand-kits',
  tags,
  summary: 'Publish a client’s brand kit, version 1 (assets.write granted at the client or above)',
  request: { body: jsonBody(z.object({ clientId: id, ...content })) },
  responses: { 201: jsonContent(brandKitSchema, 'Published (assets.BrandKitPublished)') },
  errors: { 404: 'The client is not known to assets yet (ASSETS.CLIENT_UNKNOWN).', ...badLogo },
});
export type CreateRoute = typeof create;

export const publish = defineRoute({
  operationId: 'publishBrandKit',
  method: 'post',
  path: '/brand-kits/{brandKitId}/publish',
  tags,
  summary: 'Publish the next version of a brand kit: its whole content (assets.write at the client)',
  request: { params, body: jsonBody(z.object(content)) },
  responses: { 200: jsonContent(brandKitSchema, 'Published (assets.BrandKitPublished)') },
  errors: { ...missing, ...badLogo },
});
export type PublishRoute = typeof publish;
