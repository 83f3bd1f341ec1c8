import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { contractParams } from '../contracts/contracts.schemas.ts';

export const documentSchema = z
  .object({
    documentId: z.string(),
    contractId: z.string(),
    version: z.number().int(),
    name: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    storedBy: z.string(),
    storedAt: z.string(),
  })
  .openapi('ContractDocument');

const documentInput = z.object({
  name: z.string().trim().min(1).max(255).openapi({ example: 'Northwind MSA 2026.pdf' }),
  mediaType: z
    .string()
    .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, 'a media type like application/pdf')
    .max(127),
  sizeBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits')
    .openapi({ description: 'SHA-256 of the content, lowercase hex.' }),
});

const tags = ['contract documents'];
const NOT_FOUND = 'No such contract in your organization (CONTRACTS.CONTRACT_NOT_FOUND).';

export const list = defineRoute({
  operationId: 'listContractDocuments',
  method: 'get',
  path: '/contracts/{contractId}/documents',
  tags,
  summary: 'The versions of a contract’s document, oldest first',
  request: { params: contractParams, query: z.object(pageQuery) },
  responses: { 200: jsonContent(pageOf(documentSchema), 'A page of document versions') },
  errors: { 404: NOT_FOUND },
});
export type ListRoute = typeof list;

export const create = defineRoute({
  operationId: 'createContractDocument',
  method: 'post',
  path: '/contracts/{contractId}/documents',
  tags,
  summary: 'Record a new version of the contract’s document (metadata and SHA-256; the bytes go to Box)',
  description: 'contracts.manage at the contract’s scope.',
  request: { params: contractParams, body: jsonBody(documentInput) },
  responses: { 201: jsonContent(documentSchema, 'The version recorded') },
  errors: {
    404: NOT_FOUND,
    409: 'Same content as the newest version, or the contract is terminated (CONTRACTS.DOCUMENT_UNCHANGED, CONTRACTS.CONTRACT_TERMINATED).',
  },
});
export type CreateRoute = typeof create;
