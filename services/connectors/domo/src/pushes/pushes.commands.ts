import { handlerMessageId } from '@playbook/bus/ids';
import { diagnosticsOf, startMeter } from '@playbook/connector-kit/meter';
import type { WorkerContext } from '@playbook/service-kit/service';
import { v5 as uuidv5 } from 'uuid';
import { COLUMNS, toCsv } from '../domain/budget-rows.ts';
import type { DomoApi } from '../domo-api.ts';
import type { DomoSettings } from '../env.ts';
import { snapshotOf } from '../projection/projection.store.ts';
import { datasetOf, recordFailure, recordPush } from './pushes.store.ts';

const PUSH_NAMESPACE = '0c3f6a52-7d1e-5b94-8a2f-6e4d9c1b7a30';
const ACTOR = { kind: 'connector' as const, id: 'domo', displayName: 'Domo' };
export const datasetNameOf = (s: DomoSettings, orgId: string) => `${s.DOMO_DATASET_NAME} (${orgId})`;

/**
 * Pushes one organization's budget-vs-actual DataSet: reads every row (one per event × BOM line)
 * and the budgets' versions, finds or creates the DataSet (look-up by name before create), replaces
 * its rows (PUT: never appended), then records the push, marks the budgets pushed up to the versions
 * read and publishes DomoDatasetPushed, in one transaction. The push id comes from the versions
 * pushed, so the same snapshot pushed twice (a crash before the commit) is the same message.
 * A push that fails after the client's retries is recorded with a growing backoff and logged.
 */
export async function pushOrganization(ctx: WorkerContext, api: DomoApi, s: DomoSettings, orgId: string) {
  const name = datasetNameOf(s, orgId);
  const meter = startMeter();
  const snapshot = await snapshotOf(ctx.sql, orgId);
  const known = await datasetOf(ctx.sql, orgId);
  try {
    let datasetId = known?.dataset_id ?? (await api.findByName(name, meter))?.id;
    const created = !datasetId;
    if (!datasetId)
      datasetId = (
        await api.create(name, 'Budget vs actual per event and BOM line, from The Playbook.', COLUMNS, meter)
      ).id;
    await api.replaceData(datasetId, toCsv(snapshot.rows), meter);
    const changed = snapshot.versions.filter((v) => v.changed);
    const pushId = uuidv5(
      `${orgId}|${snapshot.versions.map((v) => `${v.budgetId}:${v.version}`).join(',')}`,
      PUSH_NAMESPACE,
    );
    const events = new Set(snapshot.rows.map((r) => r.eventId)).size;
    await ctx.sql.begin(async (tx) => {
      await recordPush(tx, { pushId, orgId, datasetId, name, rows: snapshot.rows.length, events }, snapshot.versions);
      const publisher = ctx.uow.publisher(tx, {
        correlationId: pushId,
        causationId: null,
        actor: ACTOR,
        messageIdFor: (type, index) => handlerMessageId(pushId, 'push-budget-datasets', type, index),
      });
      await publisher.publish({
        type: 'integrations.domo.DomoDatasetPushed',
        key: datasetId,
        scope: { orgId },
        counts: { rows: snapshot.rows.length, events, changedEvents: changed.length },
        rules: [
          { name: 'domo.push', parameters: { method: 'PUT replace', debounceMs: String(s.DOMO_PUSH_INTERVAL_MS) } },
        ],
        diagnostics: diagnosticsOf(meter),
        payload: {
          pushId,
          datasetId,
          datasetName: name,
          created,
          rows: snapshot.rows.length,
          events,
          changedEvents: changed.map((v) => v.eventId),
        },
      });
    });
    return pushId;
  } catch (error) {
    const reason = api.redact((error as Error).message);
    const failures = (known?.failures ?? 0) + 1;
    const delay = Math.min(15 * 60_000, s.DOMO_BACKOFF_BASE_MS * 2 ** (failures - 1));
    await recordFailure(ctx.sql, orgId, name, delay, reason);
    ctx.log.warn({ orgId, failures, delayMs: delay, reason }, 'domo push failed; retried later');
    return null;
  }
}
