import { startMeter } from '@playbook/connector-kit/meter';
import type { SyncRequest } from '@playbook/connector-kit/sync-requests';
import { type Window, windowRequestId } from '@playbook/connector-kit/window';
import type { Fetched, WindowSyncHandlers } from '@playbook/connector-kit/window-sync';
import type { ConnectorWire } from './connector-wire.ts';

export interface WindowLoadResult<R> {
  /** Records of every window fetched (what the connector keeps of the vendor's). */
  offered: number;
  /** Records of at least one batch the broker took. */
  accepted: R[];
  /** Records none of whose batches the broker had taken when the load stopped. */
  unanswered: number;
  /** Windows asked again together with the one before them. */
  refetched: number;
}

export interface WindowLoadOptions<R> {
  /** The connector: `integrations.<system>`, and the dataset its windows are of. */
  system: string;
  dataset: string;
  orgId: string;
  handlers: WindowSyncHandlers<Fetched<R>>;
  wire: ConnectorWire;
  /** Window k is [start + k·span, start + (k+1)·span); the next one is asked every `everyMs`, up to `windows`. */
  start: number;
  spanMs: number;
  everyMs: number;
  windows: number;
  /** Every n-th window is asked again together with the one before (new batch ids, records already sent). */
  refetchEvery: number;
  /** Puts window k's records in the vendor's sandbox before it is asked. */
  fill?: (window: Window, k: number) => void;
  idOf: (record: R) => string;
  say: (text: string) => void;
}

const RESEND_FOR_MS = 90_000;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A connector's windows at a steady pace, fetched and published by its own handlers onto the wire
 * (connector-wire.ts). A batch the broker does not take is sent again (the same messages) every
 * 500 ms for 90 s, as a relay would; a re-fetched window must change nothing downstream.
 */
export function steadyWindows<R>(o: WindowLoadOptions<R>) {
  const offered = new Map<string, R>();
  const accepted = new Map<string, R>();
  const inFlight = new Set<Promise<void>>();
  let refetched = 0;
  let k = 0;

  const ask = async (window: Window, correlationId: string) => {
    const request: SyncRequest = {
      requestId: windowRequestId(o.system, o.dataset, window),
      orgId: o.orgId,
      dataset: o.dataset,
      ...window,
      correlationId,
      causationId: null,
      actor: { kind: 'schedule', id: 'chaos', displayName: null },
      attempts: 1,
    };
    const meter = startMeter();
    const fetched = await o.handlers.fetch(request, meter);
    for (const r of fetched.records) offered.set(o.idOf(r), r);
    const batches = await o.wire.messagesOf(`integrations.${o.system}`, (uow) =>
      o.handlers.publish(uow, null, request, fetched, meter),
    );
    const deadline = Date.now() + RESEND_FOR_MS;
    while (Date.now() < deadline) {
      if (
        await o.wire.send(batches).then(
          () => true,
          () => false,
        )
      ) {
        for (const r of fetched.records) accepted.set(o.idOf(r), r);
        return;
      }
      await pause(500);
    }
  };
  const start = (window: Window, correlationId: string) => {
    const p = ask(window, correlationId)
      .catch((error: Error) => o.say(`${o.system}: window ${correlationId} not published: ${error.message}`))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };

  const windowAt = (n: number): Window => ({ from: o.start + n * o.spanMs, to: o.start + (n + 1) * o.spanMs });
  const timer = setInterval(() => {
    if (k >= o.windows) return;
    const n = k++;
    o.fill?.(windowAt(n), n);
    start(windowAt(n), `chaos-${o.system}-${n}`);
    if (n > 0 && n % o.refetchEvery === 0) {
      refetched++;
      start({ from: windowAt(n - 1).from, to: windowAt(n).to }, `chaos-${o.system}-${n}-refetch`);
    }
  }, o.everyMs);

  return {
    async stop(): Promise<WindowLoadResult<R>> {
      clearInterval(timer);
      await Promise.all(inFlight);
      return {
        offered: offered.size,
        accepted: [...accepted.values()],
        unanswered: offered.size - accepted.size,
        refetched,
      };
    },
  };
}
