import { connectorBatchMessageId, syncWindowRequestId } from '@playbook/bus/ids';

/** A half-open time window [from, to) in epoch milliseconds. */
export interface Window {
  from: number;
  to: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The message id of a window's batch: `system + dataset + from + to`, and the part when the window
 * had to be split (`part/parts`), so the same window fetched again is the same fact downstream.
 */
export function windowMessageId(system: string, dataset: string, w: Window, part = 1, parts = 1): string {
  const to = parts > 1 ? `${iso(w.to)}#${part}/${parts}` : iso(w.to);
  return connectorBatchMessageId(system, dataset, iso(w.from), to);
}

/** The request id of a window asked of a connector (integrations.SyncWindowRequested): system + dataset + from + to. */
export function windowRequestId(system: string, dataset: string, w: Window, attempt = 1): string {
  return syncWindowRequestId(system, dataset, iso(w.from), iso(w.to), attempt);
}

/** A range cut into consecutive windows of `sizeMs` (the last one shorter), for backfills and schedules. */
export function windowsBetween(from: number, to: number, sizeMs: number): Window[] {
  if (!(sizeMs > 0)) throw new RangeError('window size must be positive');
  const out: Window[] = [];
  for (let start = from; start < to; start += sizeMs) out.push({ from: start, to: Math.min(start + sizeMs, to) });
  return out;
}

/** Kafka's default message.max.bytes is 1 MiB; leave room for the envelope and headers. */
export const DEFAULT_MAX_PART_BYTES = 900_000;

/**
 * Splits records into parts whose JSON size stays under `maxBytes` (the Avro encoding is smaller
 * than the JSON, so a part that fits as JSON fits on the wire). Always at least one part, possibly empty.
 */
export function splitIntoParts<T>(records: readonly T[], maxBytes = DEFAULT_MAX_PART_BYTES): T[][] {
  const parts: T[][] = [[]];
  let size = 0;
  for (const record of records) {
    const bytes = Buffer.byteLength(JSON.stringify(record)) + 1;
    if (bytes > maxBytes) throw new RangeError(`one record is ${bytes} bytes, over the ${maxBytes} byte part limit`);
    if (size + bytes > maxBytes && parts.at(-1)!.length > 0) {
      parts.push([]);
      size = 0;
    }
    parts.at(-1)!.push(record);
    size += bytes;
  }
  return parts;
}
