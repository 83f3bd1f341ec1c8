import { createHash } from 'node:crypto';

/** The Playbook's own UUIDv5 namespace: every message id is derived under it. */
export const PLAYBOOK_ID_NAMESPACE = '6f0b2c1e-3f4a-5d8e-9b7c-1a2b3c4d5e6f';
const NAMESPACE_BYTES = Buffer.from(PLAYBOOK_ID_NAMESPACE.replaceAll('-', ''), 'hex');

/**
 * RFC 9562 UUIDv5 of `name` under `namespace` bytes: the same ids as `uuid`'s v5, which every
 * published event pays for; the package's version parses the namespace and re-encodes the name
 * on each call, several times the cost of the hash itself.
 */
export function uuidV5(name: string, namespace: Buffer = NAMESPACE_BYTES): string {
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const derive = (...parts: (string | number)[]) => uuidV5(parts.join('\u001f'));

/** A connector batch: the same window fetched twice is the same fact. */
export function connectorBatchMessageId(system: string, dataset: string, fromDate: string, toDate: string): string {
  return derive('connector', system, dataset, fromDate, toDate);
}

/**
 * A request for one connector window: the same window asked again is the same request (so asking
 * twice fetches once); `attempt` > 1 only when a failed window is asked for anew.
 */
export function syncWindowRequestId(
  system: string,
  dataset: string,
  fromDate: string,
  toDate: string,
  attempt = 1,
): string {
  return attempt > 1
    ? derive('sync-window', system, dataset, fromDate, toDate, attempt)
    : derive('sync-window', system, dataset, fromDate, toDate);
}

/**
 * An event emitted by a command: derived from the command's idempotency key, so a retried
 * request produces the same ids. `index` tells apart several events of one command.
 */
export function commandMessageId(module: string, idempotencyKey: string, type: string, index = 0): string {
  return derive('command', module, idempotencyKey, type, index);
}

/** An event emitted by a handler: derived from the message that caused it and the handler's name. */
export function handlerMessageId(causingMessageId: string, handlerName: string, type: string, index = 0): string {
  return derive('handler', causingMessageId, handlerName, type, index);
}
