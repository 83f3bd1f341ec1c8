import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSerde } from '../src/serde.ts';

// A registry that accepts connections and never answers: what held a consumer's batch in "decoding".
let silent: Server;
let requests = 0;
let url: string;
beforeAll(async () => {
  silent = createServer(() => {
    requests++;
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(async () => {
  silent.closeAllConnections();
  await new Promise((resolve) => silent.close(resolve));
});

it('fails a decode whose writer schema the registry never sends, after three timed-out tries, instead of waiting forever', async () => {
  const serde = createSerde(url, { registryTimeoutMs: 200 });
  const framed = Buffer.from([0, 0, 0, 0, 42, 1, 2, 3]); // wire format: magic byte, schema id 42, body
  await expect(serde.decode(framed, undefined)).rejects.toThrow(/timeout/i);
  expect(requests).toBe(3);
});
