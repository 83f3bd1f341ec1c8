import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePorts } from './ports.ts';

describe('freePorts', () => {
  it('returns distinct ports that can all be listened on at once', async () => {
    const ports = await freePorts(4);
    expect(new Set(ports).size).toBe(4);
    const servers = await Promise.all(
      ports.map(
        (port) =>
          new Promise<Server>((resolve, reject) => {
            const server = createServer();
            server.once('error', reject);
            server.listen(port, '127.0.0.1', () => resolve(server));
          }),
      ),
    );
    expect(servers).toHaveLength(4);
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  });
});
