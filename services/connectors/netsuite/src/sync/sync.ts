import type { NetSuiteAccount, NetSuiteVendor } from '@playbook/contracts/types';
import { publishWindow } from '@playbook/connector-kit/batch';
import type { SyncHandlers } from '@playbook/connector-kit/sync-worker';
import { windowMessageId } from '@playbook/connector-kit/window';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import type { NetSuiteApi } from '../netsuite-api.ts';
import { accountsQuery, isDataset, toAccount, toVendor, vendorsQuery } from './datasets.ts';

export const SYSTEM = 'netsuite';
export const ACTOR = { kind: 'connector', id: SYSTEM, displayName: 'NetSuite' } as const;

type Fetched =
  | { dataset: 'vendors'; fetched: number; records: NetSuiteVendor[] }
  | { dataset: 'accounts'; fetched: number; records: NetSuiteAccount[] };

/**
 * What the sync worker does for NetSuite: one window of vendors or GL accounts (by lastModifiedDate)
 * through SuiteQL, published as NetSuiteVendorsFetched / NetSuiteAccountsFetched. Every record the
 * query returns is kept (inactive ones too: the domain decides), so fetched = accepted.
 */
export function netsuiteSync(api: NetSuiteApi, maxPartBytes?: number): SyncHandlers<Fetched> {
  return {
    async fetch(r, meter) {
      if (!isDataset(r.dataset))
        throw new CodedError('NETSUITE.UNKNOWN_DATASET', `no dataset ${r.dataset} (vendors, accounts)`, 400);
      const w = { from: r.from, to: r.to };
      if (r.dataset === 'vendors') {
        const rows = await api.suiteql(vendorsQuery(w), meter);
        return { dataset: 'vendors', fetched: rows.length, records: rows.map(toVendor) };
      }
      const rows = await api.suiteql(accountsQuery(w), meter);
      return { dataset: 'accounts', fetched: rows.length, records: rows.map(toAccount) };
    },
    async publish(uow, tx: Tx, r, f, meter) {
      const common = {
        system: SYSTEM,
        dataset: r.dataset,
        window: { from: r.from, to: r.to },
        scope: { orgId: r.orgId },
        fetched: f.fetched,
        filters: { on: 'lastmodifieddate', query: 'suiteql' },
        meter,
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor: ACTOR,
        ...(maxPartBytes ? { maxPartBytes } : {}),
      };
      const head = (part: number, parts: number) => ({
        dataset: r.dataset,
        windowFrom: r.from,
        windowTo: r.to,
        part,
        parts,
        requestId: r.requestId,
      });
      if (f.dataset === 'vendors')
        await publishWindow(uow, tx, {
          ...common,
          type: 'integrations.netsuite.NetSuiteVendorsFetched',
          records: f.records,
          payload: (vendors, part, parts) => ({ ...head(part, parts), vendors }),
        });
      else
        await publishWindow(uow, tx, {
          ...common,
          type: 'integrations.netsuite.NetSuiteAccountsFetched',
          records: f.records,
          payload: (accounts, part, parts) => ({ ...head(part, parts), accounts }),
        });
    },
    async publishFailure(uow, tx: Tx, r, reason) {
      const publisher = uow.publisher(tx, {
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor: ACTOR,
        messageIdFor: () => windowMessageId(SYSTEM, `${r.dataset}:failed:${r.requestId}`, r),
      });
      await publisher.publish({
        type: 'integrations.netsuite.NetSuiteWindowFailed',
        key: `${SYSTEM}:${r.dataset}`,
        scope: { orgId: r.orgId },
        counts: { affected: 0, attempts: r.attempts },
        rules: [
          {
            name: 'netsuite.window',
            parameters: {
              dataset: r.dataset,
              from: new Date(r.from).toISOString(),
              to: new Date(r.to).toISOString(),
            },
          },
        ],
        payload: {
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          requestId: r.requestId,
          reason,
          attempts: r.attempts,
        },
      });
    },
  };
}
