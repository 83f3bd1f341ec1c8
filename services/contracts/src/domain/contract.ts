import { v5 as uuidv5 } from 'uuid';

/**
 * A contract's lifecycle: drafted → sent_for_signature → signed → amended / expiring / terminated.
 * Plain functions: no HTTP, Kafka or SQL.
 */
export type ContractKind = 'MSA' | 'SOW';
export const CONTRACT_STATUSES = [
  'drafted',
  'sent_for_signature',
  'signed',
  'amended',
  'expiring',
  'terminated',
] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export type ContractAction = 'send' | 'sign' | 'amend' | 'notice-expiry' | 'terminate';

/** Where each action may start from, and where it leads. */
const MOVES: Record<ContractAction, { from: readonly ContractStatus[]; to: ContractStatus }> = {
  send: { from: ['drafted'], to: 'sent_for_signature' },
  sign: { from: ['sent_for_signature'], to: 'signed' },
  // An amendment may move the end date away: an expiring contract is amended (in force again).
  amend: { from: ['signed', 'amended', 'expiring'], to: 'amended' },
  'notice-expiry': { from: ['signed', 'amended'], to: 'expiring' },
  terminate: { from: ['drafted', 'sent_for_signature', 'signed', 'amended', 'expiring'], to: 'terminated' },
};

export type Transition =
  | { ok: true; next: ContractStatus }
  | { ok: false; from: ContractStatus; action: ContractAction };

export function transition(status: ContractStatus, action: ContractAction): Transition {
  const move = MOVES[action];
  return move.from.includes(status) ? { ok: true, next: move.to } : { ok: false, from: status, action };
}

/** Signed and not terminated: the parties are bound by it. */
export const IN_FORCE: readonly ContractStatus[] = ['signed', 'amended', 'expiring'];
export const isInForce = (status: ContractStatus): boolean => IN_FORCE.includes(status);

export interface Period {
  startsOn: string;
  /** null: open-ended. */
  endsOn: string | null;
}

/** Whether `outer` covers every day of `inner` (ISO dates compare as strings). */
export function covers(outer: Period, inner: { startsOn: string; endsOn: string }): boolean {
  return outer.startsOn <= inner.startsOn && (outer.endsOn === null || outer.endsOn >= inner.endsOn);
}

export interface MsaCandidate extends Period {
  contractId: string;
  status: ContractStatus;
}

/**
 * The MSA a SOW for `work` goes under: one in force whose dates cover the work; of several, the
 * one that started last (the most recent agreement). Undefined when none is in force.
 */
export function msaFor<M extends MsaCandidate>(
  candidates: readonly M[],
  work: { startsOn: string; endsOn: string },
): M | undefined {
  return candidates
    .filter((m) => isInForce(m.status) && covers(m, work))
    .sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0))[0];
}

const SOW_NAMESPACE = '5e0c7a2b-1d3f-5a48-9c6e-2b7d4f1a8e30';

/** The SOW drafted for an engagement always has the same id: replays and retries find the same SOW. */
export const sowIdFor = (engagementId: string): string => uuidv5(`engagement:${engagementId}`, SOW_NAMESPACE);

/** "SOW — Acme AV: led-wall for Northwind Summit 2027" (the event's name when known). */
export const sowTitle = (e: { vendorName: string; serviceLine: string; eventName?: string | null }): string =>
  `SOW — ${e.vendorName}: ${e.serviceLine}${e.eventName ? ` for ${e.eventName}` : ''}`;

/** After an amendment: still expiring when the end date it was noticed for stands, else amended. */
export const statusAfterAmendment = (expiryNoticedFor: string | null, endsOn: string | null): ContractStatus =>
  expiryNoticedFor !== null && expiryNoticedFor === endsOn ? 'expiring' : 'amended';
