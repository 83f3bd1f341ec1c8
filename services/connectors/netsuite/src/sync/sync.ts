import { syncByDataset, windowSync } from '@playbook/connector-kit/window-sync';
import type { NetSuiteApi } from '../netsuite-api.ts';
import { accountsQuery, toAccount, toVendor, vendorsQuery } from './datasets.ts';

export const SYSTEM = 'netsuite';
export const ACTOR = { kind: 'connector', id: SYSTEM, displayName: 'NetSuite' } as const;

/**
 * What the sync worker does for NetSuite: one window of vendors or GL accounts (by lastModifiedDate)
 * through SuiteQL, published as NetSuiteVendorsFetched / NetSuiteAccountsFetched. Every record the
 * query returns is kept (inactive ones too: the domain decides), so fetched = accepted.
 */
export function netsuiteSync(api: NetSuiteApi, maxPartBytes?: number) {
  const common = {
    system: SYSTEM,
    displayName: ACTOR.displayName,
    failedType: 'integrations.netsuite.NetSuiteWindowFailed',
    filters: { on: 'lastmodifieddate', query: 'suiteql' },
    maxPartBytes,
  } as const;
  return syncByDataset(SYSTEM, {
    vendors: windowSync({
      ...common,
      fetchedType: 'integrations.netsuite.NetSuiteVendorsFetched',
      async fetch(r, meter) {
        const rows = await api.suiteql(vendorsQuery(r), meter);
        return { fetched: rows.length, records: rows.map(toVendor) };
      },
      payload: (vendors) => ({ vendors }),
    }),
    accounts: windowSync({
      ...common,
      fetchedType: 'integrations.netsuite.NetSuiteAccountsFetched',
      async fetch(r, meter) {
        const rows = await api.suiteql(accountsQuery(r), meter);
        return { fetched: rows.length, records: rows.map(toAccount) };
      },
      payload: (accounts) => ({ accounts }),
    }),
  });
}
