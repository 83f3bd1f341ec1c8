import { windowSync } from '@playbook/connector-kit/window-sync';
import type { rampApi } from './ramp-api.ts';
import { ACCEPTED_STATES, acceptWindow } from './transactions.ts';

export const SYSTEM = 'ramp';

/** What the sync worker does for Ramp: fetch a window of transactions, publish it as RampTransactionsFetched. */
export const rampSync = (api: ReturnType<typeof rampApi>, maxPartBytes?: number) =>
  windowSync({
    system: SYSTEM,
    displayName: 'Ramp',
    fetchedType: 'integrations.ramp.RampTransactionsFetched',
    failedType: 'integrations.ramp.RampWindowFailed',
    fetch: async (r, meter) => acceptWindow(await api.transactions({ from: r.from, to: r.to }, meter)),
    filters: { state: ACCEPTED_STATES.join(',') },
    payload: (transactions) => ({ transactions }),
    // A charge is imported once and never updated from a later window: windows need no order.
    keyByWindow: true,
    maxPartBytes,
    failureRuleOmitsDataset: true,
  });
