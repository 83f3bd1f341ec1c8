import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { kitEnv, parseEnv } from '@playbook/service-kit/env';
import type { Service } from '@playbook/service-kit/service';
import { createLogger } from '@playbook/telemetry/logger';
import { dropModuleSchema } from '@playbook/testing/cleanup';
import { eventually } from '@playbook/testing/eventually';
import { freePorts } from '@playbook/testing/ports';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLauncherHealth } from '../src/launcher-health.ts';
import { type RunningLayout, startLayout } from '../src/layout.ts';
import { CONNECTORS } from '../src/modules.ts';
import { startSandboxes } from '../src/sandboxes.ts';

/**
 * The launcher runs the connectors like modules and serves their sandboxes in its own process,
 * pointing each connector at its sandbox unless the user set <SYSTEM>_BASE_URL. Here in processes
 * mode (each connector supervised in its own process) on the real infrastructure, ports of its own.
 */
const log = createLogger('launcher-test', 'warn');
const schemaOf = (namespace: string, name: string) => `${name.replaceAll('.', '_')}_${namespace.replaceAll('-', '_')}`;

/** Two of the connectors (the others' sandboxes would take their default ports). */
const RAMP_AND_SLACK = CONNECTORS.filter((c) => c.system === 'ramp' || c.system === 'slack');

describe('the connectors’ sandboxes', () => {
  it('are served on their ports and named as <SYSTEM>_BASE_URL (Slack’s API under /api)', async () => {
    const [ramp, slack] = await freePorts(2);
    const sandboxes = await startSandboxes(RAMP_AND_SLACK, {}, { ports: { ramp, slack } });
    try {
      expect(sandboxes.env).toEqual({
        RAMP_BASE_URL: `http://127.0.0.1:${ramp}`,
        SLACK_BASE_URL: `http://127.0.0.1:${slack}/api`,
      });
      const stats = (await (await fetch(`${sandboxes.url('ramp')}/sandbox/stats`)).json()) as { transactions: number };
      expect(stats.transactions).toBe(200);
      expect(await (await fetch(`${sandboxes.url('slack')}/sandbox/messages`)).json()).toEqual([]);
    } finally {
      await sandboxes.stop();
    }
  });

  it('leaves a system whose <SYSTEM>_BASE_URL the user set to that URL, and serves none when turned off', async () => {
    const [slack] = await freePorts(1);
    const one = await startSandboxes(RAMP_AND_SLACK, { RAMP_BASE_URL: 'https://api.ramp.com' }, { ports: { slack } });
    expect(one.list().map((s) => s.system)).toEqual(['slack']);
    expect(one.env).toEqual({ SLACK_BASE_URL: `http://127.0.0.1:${slack}/api` });
    await one.stop();
    const none = await startSandboxes(RAMP_AND_SLACK, { PLAYBOOK_SANDBOXES: 'off' });
    expect(none.list()).toEqual([]);
    expect(none.env).toEqual({});
  });

  it('fails to start, naming the setting, when a sandbox port is taken', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => taken.once('listening', r));
    const port = (taken.address() as { port: number }).port;
    try {
      await expect(
        startSandboxes(RAMP_AND_SLACK, { SLACK_SANDBOX_PORT: String(port) }, { ports: { ramp: 0 } }),
      ).rejects.toThrow(`the slack sandbox could not listen on port ${port} (SLACK_SANDBOX_PORT)`);
    } finally {
      taken.close();
    }
  });
});

describe('connectors in processes mode', () => {
  let world: TestWorld;
  let running: RunningLayout;
  let integrations: Service;
  let healthUrl: string;

  beforeAll(async () => {
    world = await createTestWorld('launcher-connectors');
    integrations = await world.start({ name: 'integrations' });
    const [ramp, slack, rampSandbox, slackSandbox, health] = await freePorts(5);
    const source = {
      ...process.env,
      AUTH_JWT_SECRET: 'test-only-secret-of-at-least-32-characters!',
      BUS_NAMESPACE: world.namespace,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      RAMP_SYNC_INTERVAL_MS: '100',
    };
    running = await startLayout(
      { mode: 'processes', promoted: [], only: ['integrations.ramp', 'integrations.slack'] },
      parseEnv(kitEnv, source),
      {
        source,
        ports: { 'integrations.ramp': ramp, 'integrations.slack': slack },
        sandboxPorts: { ramp: rampSandbox, slack: slackSandbox },
        envFor: (name) => ({ DB_SCHEMA: schemaOf(world.namespace, name) }),
        quiet: true,
        log,
      },
    );
    serveLauncherHealth(running, health!, log);
    healthUrl = `http://127.0.0.1:${health}`;
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
    for (const c of CONNECTORS) await dropModuleSchema(schemaOf(world.namespace, c.name));
    await world?.dispose();
  }, 120_000);

  it('runs each connector as a supervised process, its sandbox here, and the launcher’s readiness says so', async () => {
    expect(running.status().map((s) => [s.name, s.state])).toEqual([
      ['integrations.ramp', 'running'],
      ['integrations.slack', 'running'],
    ]);
    const ready = (await (await fetch(`${healthUrl}/readyz`)).json()) as {
      ready: boolean;
      sandboxes: { system: string }[];
    };
    expect(ready.ready).toBe(true);
    expect(ready.sandboxes.map((s: { system: string }) => s.system)).toEqual(['ramp', 'slack']);
    expect((await fetch(`${running.url('integrations.slack')}/readyz`)).ok).toBe(true);
  });

  it('points the Ramp connector’s process at the sandbox: a requested window is fetched from it', async () => {
    const now = Date.now();
    await publishThrough(integrations, {
      type: 'integrations.SyncWindowRequested',
      key: 'ramp',
      scope: { orgId: 'org-launcher' },
      payload: {
        requestId: randomUUID(),
        system: 'ramp',
        dataset: 'transactions',
        windowFrom: now - 31 * 86_400_000,
        windowTo: now + 60_000,
        requestedBy: 'someone',
      },
    });
    const schema = schemaOf(world.namespace, 'integrations.ramp');
    const batch = await eventually(
      async () => {
        const rows = await world.admin.unsafe<{ payload: { counts: Record<string, number> } }[]>(
          `select payload from "${schema}".outbox where type = 'integrations.ramp.RampTransactionsFetched'`,
        );
        expect(rows).toHaveLength(1);
        return rows[0]!.payload;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(batch.counts.fetched).toBe(200);
    const stats = (await (await fetch(`${running.sandboxes.url('ramp')}/sandbox/stats`)).json()) as { calls: number };
    expect(stats.calls).toBeGreaterThan(1);
  }, 90_000);
});
