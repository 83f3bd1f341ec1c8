import { type PeriodicWorker, periodic } from '@playbook/service-kit/periodic-worker';
import type { WorkerContext } from '@playbook/service-kit/service';
import type { DomoApi } from '../domo-api.ts';
import type { DomoSettings } from '../env.ts';
import { orgsDue } from '../projection/projection.store.ts';
import { pushOrganization } from '../pushes/pushes.commands.ts';

/**
 * Every DOMO_PUSH_INTERVAL_MS (the debounce: changes in between go in one push), pushes the DataSet
 * of each organization whose budgets changed since its last push and that is not backing off.
 */
export function startBudgetPushes(ctx: WorkerContext, api: DomoApi, s: DomoSettings): PeriodicWorker {
  return periodic(ctx, {
    name: 'push-budget-datasets',
    intervalMs: s.DOMO_PUSH_INTERVAL_MS,
    pass: async (context) => {
      const pushed: string[] = [];
      for (const orgId of await orgsDue(context.sql)) {
        const id = await pushOrganization(context, api, s, orgId);
        if (id) pushed.push(id);
      }
      return pushed;
    },
  });
}
