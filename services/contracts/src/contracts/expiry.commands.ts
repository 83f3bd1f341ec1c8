import type { Cause } from '@playbook/bus/envelope';
import type { UnitOfWork } from '@playbook/bus/handler';
import { commandMessageId } from '@playbook/bus/ids';
import type { Sql, Tx } from '@playbook/db/client';
import { daysBetween, expiryNoticeDue, isoDay, noticeHorizon } from '../domain/expiry.ts';
import { transition } from '../domain/contract.ts';
import { nextDueForExpiryNotice, updateContract } from './contracts.store.ts';
import { partiesOf, scopeOf } from './contracts.view.ts';

export const EXPIRY_NOTICER = {
  kind: 'schedule',
  id: 'contracts-expiry-notices',
  displayName: 'Contract expiry notices',
} as const;
const MAX_PER_RUN = 500;

/**
 * Notices every contract in force that ends within `noticeDays` of `now`: marks it expiring and
 * publishes ContractExpiring, once per contract and end date. One transaction per contract, the row
 * taken with `for update skip locked`, so instances side by side never notice one twice; the message
 * id derives from the contract and its end date, so even a replayed notice is the same fact.
 * Resolves with the ids it noticed.
 */
export async function noticeExpiringContracts(
  sql: Sql,
  uow: UnitOfWork<Tx>,
  options: { now: number; noticeDays: number },
): Promise<string[]> {
  const today = isoDay(options.now);
  const horizon = noticeHorizon(today, options.noticeDays);
  const noticed: string[] = [];
  for (let i = 0; i < MAX_PER_RUN; i++) {
    const id = await sql.begin(async (tx) => {
      const row = await nextDueForExpiryNotice(tx, { today, horizon });
      if (!row) return undefined;
      const contract = { status: row.status, endsOn: row.ends_on, expiryNoticedFor: row.expiry_noticed_for };
      const next = transition(row.status, 'notice-expiry');
      if (!next.ok || !expiryNoticeDue(contract, today, options.noticeDays) || row.ends_on === null) return undefined;
      const endsOn = row.ends_on;
      const cause: Cause = {
        correlationId: row.correlation_id,
        causationId: null,
        actor: { ...EXPIRY_NOTICER },
        messageIdFor: (type, index) =>
          commandMessageId('contracts', `expiry:${row.contract_id}:${endsOn}`, type, index),
      };
      await updateContract(tx, row.contract_id, { status: next.next, expiryNoticedFor: endsOn });
      await uow.publisher(tx, cause).publish({
        type: 'contracts.ContractExpiring',
        key: row.contract_id,
        occurredAt: options.now,
        scope: scopeOf(row),
        rules: [{ name: 'expiry-notice', parameters: { noticeDays: String(options.noticeDays), today, horizon } }],
        payload: {
          ...partiesOf(row),
          vendorName: row.vendor_name,
          title: row.title,
          endsOn,
          daysLeft: daysBetween(today, endsOn),
          noticeDays: options.noticeDays,
        },
      });
      return row.contract_id;
    });
    if (!id) break;
    noticed.push(id);
  }
  return noticed;
}
