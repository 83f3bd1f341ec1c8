import { moduleMetrics } from '@playbook/telemetry/module-metrics';
import { metricsRegistry } from '@playbook/telemetry/metrics';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';
import { problemResponse } from './problem.ts';

export const PUBLIC_PATHS = new Set(['/healthz', '/readyz', '/metrics', '/openapi.json', '/asyncapi.json']);

export interface ReadinessChecks {
  [name: string]: () => Promise<void>;
}

/** Liveness says the process answers; readiness says its database and Kafka answer too. */
export function mountHealth(app: Hono<AppEnv>, service: string, checks: ReadinessChecks): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const results: Record<string, string> = {};
    await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        results[name] = await withTimeout(check(), 2000).then(
          () => 'ok',
          (e: unknown) => `failed: ${e instanceof Error ? e.message : String(e)}`,
        );
      }),
    );
    const ready = Object.values(results).every((r) => r === 'ok');
    if (!ready)
      return problemResponse(c, {
        status: 503,
        code: 'HTTP.NOT_READY',
        detail: 'A dependency is not ready.',
        checks: results,
      });
    return c.json({ status: 'ready', checks: results });
  });
  // This module's series only: in a modulith every module has its own port and its own scrape target.
  app.get('/metrics', async (c) =>
    c.body(await moduleMetrics(service), 200, { 'content-type': metricsRegistry.contentType }),
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)),
  ]);
}
