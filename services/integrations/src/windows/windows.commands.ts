import type { Publisher } from '@playbook/bus/handler';
import { windowRequestId } from '@playbook/connector-kit/window';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { conflict } from '@playbook/service-kit/problem';
import { knownConnector } from '../connectors/connectors.commands.ts';
import { findConnector, recordReport } from '../connectors/connectors.store.ts';
import { isInbound } from '../domain/registry.ts';
import type { ConnectorReport } from '../domain/report.ts';
import { type Window, windowProblem } from '../domain/window.ts';
import { findWindow, insertWindow, recordWindowReport, restartWindow, type WindowRow } from './windows.store.ts';

export interface WindowAsk {
  orgId: string;
  system: string;
  /** The connector's first dataset when not given. */
  dataset?: string | undefined;
  window: Window;
  /** A user id, or the schedule's name. */
  requestedBy: string;
  requestedKind: 'user' | 'schedule';
}

/**
 * Asks a connector for one window of one dataset: SyncWindowRequested, with a request id derived
 * from system + dataset + from + to. The same window asked again is answered with what is known of
 * it and published once; a window that failed is asked anew (its next attempt, a new request id).
 * Refused for a disabled or an outbound-only connector (409), an unknown dataset or a window that
 * is empty, reversed or still open (400).
 */
export async function requestWindow(
  tx: Tx,
  publisher: Publisher,
  ask: WindowAsk,
  now: number,
): Promise<{ window: WindowRow; created: boolean }> {
  const info = knownConnector(ask.system);
  if (!isInbound(info))
    throw conflict(`${info.name} only sends out; it has no window to fetch.`, 'INTEGRATIONS.OUTBOUND_ONLY');
  const dataset = ask.dataset ?? info.datasets[0]!;
  if (!info.datasets.includes(dataset)) {
    throw new CodedError(
      'INTEGRATIONS.UNKNOWN_DATASET',
      `${info.name} has no dataset "${dataset}" (it has ${info.datasets.join(', ')}).`,
      400,
      { datasets: info.datasets },
    );
  }
  const problem = windowProblem(ask.window, now);
  if (problem) throw new CodedError('INTEGRATIONS.BAD_WINDOW', problem, 400);
  const connector = await findConnector(tx, ask.orgId, ask.system);
  if (!connector?.enabled)
    throw conflict(`${info.name} is not enabled: an admin enables it first.`, 'INTEGRATIONS.CONNECTOR_DISABLED');

  const key = { orgId: ask.orgId, system: ask.system, dataset, ...ask.window };
  const existing = await findWindow(tx, key, true);
  if (existing && existing.status !== 'failed') return { window: existing, created: false };
  const attempt = existing ? existing.attempt + 1 : 1;
  const request = {
    requestId: windowRequestId(ask.system, dataset, ask.window, attempt),
    attempt,
    requestedBy: ask.requestedBy,
    requestedKind: ask.requestedKind,
  };
  const row = existing ? await restartWindow(tx, key, request) : await insertWindow(tx, key, request);
  // Lost a race with the same window asked at the same moment: that request stands.
  if (!row) return { window: (await findWindow(tx, key))!, created: false };
  const from = new Date(ask.window.from).toISOString();
  const to = new Date(ask.window.to).toISOString();
  await publisher.publish({
    type: 'integrations.SyncWindowRequested',
    key: ask.system,
    scope: { orgId: ask.orgId },
    counts: { affected: 1, attempt },
    rules: [{ name: 'integrations.window', parameters: { system: ask.system, dataset, from, to } }],
    payload: {
      requestId: request.requestId,
      system: ask.system,
      dataset,
      windowFrom: ask.window.from,
      windowTo: ask.window.to,
      requestedBy: ask.requestedBy,
    },
  });
  return { window: row, created: true };
}

/**
 * What a connector reported (a window fetched or failed, something delivered), folded into its
 * state and, when it names a window, into that window's.
 */
export async function recordConnectorReport(tx: Tx, orgId: string, report: ConnectorReport): Promise<void> {
  await recordReport(tx, orgId, report);
  const w = report.window;
  if (!w || report.kind === 'delivered') return;
  const requestId = w.requestId ?? windowRequestId(report.system, w.dataset, w);
  await recordWindowReport(tx, orgId, { ...w, requestId }, report);
}
