import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import type { Logger } from '@playbook/telemetry/logger';
import { recordSignOff, type SignOffEvent } from '../domain/sign-off.ts';
import { findContract, updateContract } from './contracts.store.ts';
import { CONTRACT_NOT_FOUND } from './lifecycle.commands.ts';

/** The subject type approvals uses for contracts. */
export const CONTRACT_SUBJECT = 'contract';

export interface ApprovalFact {
  approvalRequestId: string;
  subjectType: string;
  subjectId: string;
  /** Who decided (granted, rejected); absent on a request. */
  decidedBy?: string | null | undefined;
  comment?: string | null | undefined;
}

/**
 * Records approvals' internal sign-off on a contract: requested → pending, then granted or
 * rejected. Publishes nothing (the decision is approvals' fact); signing reads it (domain/sign-off.ts).
 * - Other subject types (purchase orders, BOM lines) are not ours: ignored.
 * - An unknown contract throws CONTRACTS.CONTRACT_NOT_FOUND: retried, then parked on the dead-letter
 *   topic for a redrive (the approvals and contracts topics are not ordered with each other).
 * - The same fact again is a no-op; the opposite decision after one was recorded is logged and ignored.
 */
export async function applySignOff(
  tx: Tx,
  log: Logger,
  orgId: string,
  event: SignOffEvent,
  fact: ApprovalFact,
): Promise<void> {
  if (fact.subjectType !== CONTRACT_SUBJECT) return;
  const row = await findContract(tx, fact.subjectId, true);
  if (!row || row.org_id !== orgId)
    throw new CodedError(CONTRACT_NOT_FOUND, `Contract ${fact.subjectId} is not known to contracts (yet).`, 404);
  const outcome = recordSignOff(row.sign_off, event);
  if (outcome.kind === 'unchanged') return;
  if (outcome.kind === 'conflict') {
    log.warn(
      { contractId: row.contract_id, signOff: outcome.current, event, approvalRequestId: fact.approvalRequestId },
      'sign-off decision on an already decided contract ignored',
    );
    return;
  }
  await updateContract(tx, row.contract_id, {
    signOff: outcome.next,
    approvalRequestId: fact.approvalRequestId,
    signOffBy: fact.decidedBy ?? null,
    signOffComment: fact.comment ?? null,
  });
}
