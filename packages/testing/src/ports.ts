import { createServer } from 'node:net';

/**
 * Ports the OS says are free right now on loopback, for services a test starts on fixed ports
 * (other processes). Picking numbers from a range collides with ephemeral ports of live
 * connections; asking the OS (listen on 0) does not, short of a race in the instant between.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<import('node:net').Server>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as import('node:net').AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
