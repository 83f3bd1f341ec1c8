import { createServer } from 'node:http';
import type { Logger } from '@playbook/telemetry/logger';
import type { RunningLayout } from './layout.ts';

/**
 * The launcher's own /healthz and /readyz (PLAYBOOK_LAUNCHER_PORT, default 4000; 0 turns it off):
 * /readyz is 503 while a module (or connector) process is down, restarting or given up on, naming
 * which; both list every supervised module's state, restarts and last death, and the sandboxes served.
 */
export function serveLauncherHealth(running: RunningLayout, port: number, log: Logger) {
  if (!port) return undefined;
  const server = createServer((request, response) => {
    const ready = running.ready();
    const body = { ready, modules: running.status(), sandboxes: running.sandboxes.list() };
    const status =
      request.url === '/readyz' && !ready ? 503 : request.url === '/readyz' || request.url === '/healthz' ? 200 : 404;
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  server.on('error', (error) => log.warn({ err: error, port }, 'the launcher health endpoint could not listen'));
  server.listen(port, process.env.HOST ?? '127.0.0.1');
  server.unref();
  return server;
}
