import type { Queryable } from '@playbook/db/client';
import { healthOf } from '../domain/health.ts';
import type { ConnectorInfo } from '../domain/registry.ts';
import type { ConnectorReport } from '../domain/report.ts';

export interface ConnectorRow {
  org_id: string;
  system: string;
  enabled: boolean;
  configuration: Record<string, string>;
  changed_by: string | null;
  changed_at: Date | null;
  disabled_reason: string | null;
  last_sync_at: Date | null;
  last_dataset: string | null;
  last_window_from: Date | null;
  last_window_to: Date | null;
  last_fetched: string | null;
  last_accepted: string | null;
  last_skipped: string | null;
  last_diagnostics: Record<string, number | null> | null;
  windows_fetched: string;
  deliveries: string;
  last_error: string | null;
  last_error_at: Date | null;
}

export async function findConnector(db: Queryable, orgId: string, system: string, lock = false) {
  const [row] = await db<ConnectorRow[]>`
    select * from connectors where org_id = ${orgId} and system = ${system} ${lock ? db`for update` : db``}`;
  return row;
}

export const connectorRows = (db: Queryable, orgId: string) =>
  db<ConnectorRow[]>`select * from connectors where org_id = ${orgId}`;

export async function writeEnabled(
  db: Queryable,
  c: { orgId: string; system: string; configuration: Record<string, string>; by: string },
) {
  const [row] = await db<ConnectorRow[]>`
    insert into connectors (org_id, system, enabled, configuration, changed_by, changed_at)
    values (${c.orgId}, ${c.system}, true, ${db.json(c.configuration as never)}, ${c.by}, now())
    on conflict (org_id, system) do update set enabled = true, configuration = excluded.configuration,
      changed_by = excluded.changed_by, changed_at = now(), disabled_reason = null
    returning *`;
  return row!;
}

export async function writeDisabled(
  db: Queryable,
  c: { orgId: string; system: string; by: string; reason: string | null },
) {
  const [row] = await db<ConnectorRow[]>`
    update connectors set enabled = false, changed_by = ${c.by}, changed_at = now(), disabled_reason = ${c.reason}
    where org_id = ${c.orgId} and system = ${c.system}
    returning *`;
  return row!;
}

/**
 * What a connector's message says, folded into its row: a fetched window or a delivery moves the
 * last sync forward (never back: messages of different partitions arrive in any order) and a
 * fetched window's counts become the last ones; a failed window records the error. A window split
 * into parts counts once (its first part).
 */
export async function recordReport(db: Queryable, orgId: string, r: ConnectorReport) {
  const at = new Date(r.occurredAt);
  if (r.kind === 'window-failed') {
    await db`
      insert into connectors (org_id, system, last_error, last_error_at) values (${orgId}, ${r.system}, ${r.error}, ${at})
      on conflict (org_id, system) do update set last_error = excluded.last_error, last_error_at = excluded.last_error_at
      where connectors.last_error_at is null or connectors.last_error_at <= excluded.last_error_at`;
    return;
  }
  if (r.kind === 'delivered') {
    await db`
      insert into connectors (org_id, system, last_sync_at, deliveries) values (${orgId}, ${r.system}, ${at}, 1)
      on conflict (org_id, system) do update set deliveries = connectors.deliveries + 1,
        last_sync_at = greatest(connectors.last_sync_at, excluded.last_sync_at)`;
    return;
  }
  await db`
    insert into connectors (org_id, system, last_sync_at, last_dataset, last_window_from, last_window_to,
      last_fetched, last_accepted, last_skipped, last_diagnostics, windows_fetched)
    values (${orgId}, ${r.system}, ${at}, ${r.window?.dataset ?? null},
      ${r.window ? new Date(r.window.from) : null}, ${r.window ? new Date(r.window.to) : null},
      ${r.fetched}, ${r.accepted}, ${r.skipped}, ${db.json(r.diagnostics as never)}, ${r.part === 1 ? 1 : 0})
    on conflict (org_id, system) do update set
      windows_fetched = connectors.windows_fetched + excluded.windows_fetched,
      last_sync_at = greatest(connectors.last_sync_at, excluded.last_sync_at),
      last_dataset = case when ${stale(db)} then connectors.last_dataset else excluded.last_dataset end,
      last_window_from = case when ${stale(db)} then connectors.last_window_from else excluded.last_window_from end,
      last_window_to = case when ${stale(db)} then connectors.last_window_to else excluded.last_window_to end,
      last_fetched = case when ${stale(db)} then connectors.last_fetched else excluded.last_fetched end,
      last_accepted = case when ${stale(db)} then connectors.last_accepted else excluded.last_accepted end,
      last_skipped = case when ${stale(db)} then connectors.last_skipped else excluded.last_skipped end,
      last_diagnostics = case when ${stale(db)} then connectors.last_diagnostics else excluded.last_diagnostics end`;
}

/** The incoming message is older than what the row already shows. */
const stale = (db: Queryable) =>
  db`connectors.last_sync_at is not null and connectors.last_sync_at > excluded.last_sync_at`;

/** Every enabled connector of every organization, for the schedule. */
export const enabledConnectors = (db: Queryable, systems: readonly string[]) =>
  db<{ org_id: string; system: string }[]>`
    select org_id, system from connectors where enabled and system = any(${systems as string[]}) order by org_id, system`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const num = (v: string | null) => (v === null ? null : Number(v));

/** A connector as the registry shows it: what it is (registry), its state here (row, if any) and its health. */
export function toConnector(info: ConnectorInfo, row: ConnectorRow | undefined) {
  const lastSyncAt = row?.last_sync_at ?? null;
  return {
    system: info.system,
    name: info.name,
    kind: info.kind,
    direction: info.direction,
    purpose: info.purpose,
    datasets: [...info.datasets],
    delivers: [...info.deliveries],
    enabled: row?.enabled ?? false,
    configuration: row?.configuration ?? {},
    changedBy: row?.changed_by ?? null,
    changedAt: iso(row?.changed_at ?? null),
    disabledReason: row?.disabled_reason ?? null,
    health: healthOf({
      enabled: row?.enabled ?? false,
      lastSyncAt: lastSyncAt?.getTime() ?? null,
      lastErrorAt: row?.last_error_at?.getTime() ?? null,
    }),
    lastSync:
      row && lastSyncAt
        ? {
            at: lastSyncAt.toISOString(),
            dataset: row.last_dataset,
            from: iso(row.last_window_from),
            to: iso(row.last_window_to),
            fetched: num(row.last_fetched),
            accepted: num(row.last_accepted),
            skipped: num(row.last_skipped),
            diagnostics: row.last_diagnostics ?? {},
          }
        : null,
    windowsFetched: Number(row?.windows_fetched ?? 0),
    deliveries: Number(row?.deliveries ?? 0),
    lastError: row?.last_error && row.last_error_at ? { message: row.last_error, at: iso(row.last_error_at)! } : null,
  };
}
export type ConnectorView = ReturnType<typeof toConnector>;
