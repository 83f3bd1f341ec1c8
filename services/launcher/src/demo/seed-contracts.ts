import { createHash } from 'node:crypto';
import { call, send } from './client.ts';

interface ContractsSeed {
  /** The contracts service's base URL. */
  url: string;
  /** The approvals service's base URL: where a sign-off for the MSA would wait, if approvals asks for one. */
  approvalsUrl: string;
  /** The admin who drafts, sends and signs; finance may grant a sign-off. */
  admin: string;
  finance: string;
  clientId: string;
  vendorId: string;
}

const key = (step: string) => `demo-seed:contracts:${step}`;

/**
 * The MSA between the demo client and Acme AV, signed and covering 2026–2027, so the SOW contracts
 * drafts for the demo engagement (March 2027) lands under it. Through the HTTP API with fixed
 * Idempotency-Keys: a second run changes nothing. Resolves with the MSA's id.
 */
export async function seedContracts(s: ContractsSeed): Promise<string> {
  const as = (token: string, step: string) => ({ token, idempotencyKey: key(step) });
  const msa = await call<{ contractId: string; status: string }>(`${s.url}/contracts`, {
    ...as(s.admin, 'msa'),
    body: {
      kind: 'MSA',
      clientId: s.clientId,
      vendorId: s.vendorId,
      title: 'Master services agreement — Northwind Traders × Acme AV',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      signatories: ['legal@northwind.example', 'contracts@acme-av.example'],
    },
  });
  const contract = `${s.url}/contracts/${msa.contractId}`;
  await call(`${contract}/documents`, {
    ...as(s.admin, 'msa-document'),
    body: {
      name: 'Northwind-Acme-MSA-2026.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 48_213,
      sha256: createHash('sha256').update('demo MSA Northwind × Acme AV, v1').digest('hex'),
    },
  });
  await call(`${contract}/send`, { ...as(s.admin, 'msa-send'), body: {} });
  await signWhenAllowed(s, contract, msa.contractId);
  return msa.contractId;
}

/**
 * An MSA without a value needs no internal sign-off unless approvals asks for one. If it did
 * (409 CONTRACTS.SIGN_OFF_PENDING), finance grants the waiting request and the MSA is signed then.
 */
async function signWhenAllowed(s: ContractsSeed, contract: string, contractId: string): Promise<void> {
  const sign = { token: s.admin, idempotencyKey: key('msa-sign'), body: { signedOn: '2025-12-15' } };
  const deadline = Date.now() + 30_000;
  for (;;) {
    const answer = await send(`${contract}/sign`, sign);
    if (answer.status < 300) return;
    if (answer.body?.code !== 'CONTRACTS.SIGN_OFF_PENDING' || Date.now() > deadline)
      throw new Error(`signing the demo MSA answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    const pending = await send(`${s.approvalsUrl}/approvals/pending?limit=200`, { token: s.finance });
    const request = pending.body?.items?.find((a: { subjectId: string }) => a.subjectId === contractId);
    if (request) {
      await send(`${s.approvalsUrl}/approvals/${request.approvalRequestId}/grant`, {
        token: s.finance,
        idempotencyKey: key('msa-sign-off'),
        body: { comment: 'Demo MSA' },
      });
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}
