import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import {
  amendInput,
  contractParams,
  contractSchema,
  draftInput,
  kind,
  sendInput,
  signInput,
  status,
  terminateInput,
} from './contracts.schemas.ts';

const tags = ['contracts'];
const NOT_FOUND = 'No such contract in your organization (CONTRACTS.CONTRACT_NOT_FOUND).';
const ILLEGAL = 'The contract’s status does not allow this (CONTRACTS.ILLEGAL_TRANSITION).';
const manage = 'contracts.manage at the contract’s scope: admin, finance; producers on SOWs of their events only.';

export const list = defineRoute({
  operationId: 'listContracts',
  method: 'get',
  path: '/contracts',
  tags,
  summary: 'Contracts the caller may read, by kind, client, event, vendor, status or engagement',
  description:
    'records.read at each contract’s scope (an MSA sits at its client). Asking for an event one may not read is 403.',
  request: {
    query: z.object({
      kind: kind.optional(),
      clientId: z.string().optional(),
      eventId: z.string().optional(),
      vendorId: z.string().optional(),
      status: status.optional(),
      engagementId: z.string().optional(),
      ...pageQuery,
    }),
  },
  responses: { 200: jsonContent(pageOf(contractSchema), 'A page of contracts') },
});
export type ListRoute = typeof list;

export const create = defineRoute({
  operationId: 'createContract',
  method: 'post',
  path: '/contracts',
  tags,
  summary: 'Draft an MSA (for a client) or a SOW (for an event)',
  description: `${manage} A SOW goes under the MSA given, or the client’s MSA with the vendor in force for its dates.`,
  request: { body: jsonBody(draftInput) },
  responses: { 201: jsonContent(contractSchema, 'The draft') },
  errors: {
    404: 'The vendor, client or event is not known to contracts (yet) (CONTRACTS.VENDOR_UNKNOWN, CONTRACTS.CLIENT_UNKNOWN, CONTRACTS.EVENT_UNKNOWN).',
    422: 'parentContractId is not an MSA of the same client and vendor, or the SOW would end before it starts (CONTRACTS.PARENT_NOT_APPLICABLE, CONTRACTS.ENDS_BEFORE_START).',
  },
});
export type CreateRoute = typeof create;

export const getOne = defineRoute({
  operationId: 'getContract',
  method: 'get',
  path: '/contracts/{contractId}',
  tags,
  summary: 'One contract, with its internal sign-off',
  request: { params: contractParams },
  responses: { 200: jsonContent(contractSchema, 'The contract') },
  errors: { 404: NOT_FOUND },
});
export type GetOneRoute = typeof getOne;

export const send = defineRoute({
  operationId: 'sendContract',
  method: 'post',
  path: '/contracts/{contractId}/send',
  tags,
  summary: 'Send a draft for signature (approvals routes the internal sign-off)',
  description: manage,
  request: { params: contractParams, body: jsonBody(sendInput, false) },
  responses: { 200: jsonContent(contractSchema, 'Sent for signature') },
  errors: { 404: NOT_FOUND, 409: ILLEGAL, 422: 'No signatories named (CONTRACTS.NO_SIGNATORIES).' },
});
export type SendRoute = typeof send;

export const sign = defineRoute({
  operationId: 'signContract',
  method: 'post',
  path: '/contracts/{contractId}/sign',
  tags,
  summary: 'Record that the parties signed',
  description: `${manage} A contract with a value needs its internal sign-off granted first; one without a value only when approvals asked for a sign-off.`,
  request: { params: contractParams, body: jsonBody(signInput) },
  responses: { 200: jsonContent(contractSchema, 'Signed') },
  errors: {
    404: NOT_FOUND,
    409: `${ILLEGAL} Or the sign-off is pending or was rejected (CONTRACTS.SIGN_OFF_PENDING, CONTRACTS.SIGN_OFF_REJECTED).`,
  },
});
export type SignRoute = typeof sign;

export const amend = defineRoute({
  operationId: 'amendContract',
  method: 'post',
  path: '/contracts/{contractId}/amend',
  tags,
  summary: 'Amend a signed contract: title, value, end date',
  description: manage,
  request: { params: contractParams, body: jsonBody(amendInput) },
  responses: { 200: jsonContent(contractSchema, 'Amended') },
  errors: {
    404: NOT_FOUND,
    409: ILLEGAL,
    422: 'Nothing to amend, a value without currency, or an end before the start (CONTRACTS.NOTHING_TO_AMEND, …).',
  },
});
export type AmendRoute = typeof amend;

export const terminate = defineRoute({
  operationId: 'terminateContract',
  method: 'post',
  path: '/contracts/{contractId}/terminate',
  tags,
  summary: 'Terminate a contract (or call off a draft)',
  description: manage,
  request: { params: contractParams, body: jsonBody(terminateInput, false) },
  responses: { 200: jsonContent(contractSchema, 'Terminated') },
  errors: { 404: NOT_FOUND, 409: ILLEGAL },
});
export type TerminateRoute = typeof terminate;
