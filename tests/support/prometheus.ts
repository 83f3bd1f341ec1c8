import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from '@playbook/testing/ports';

export interface PromSeries {
  metric: Record<string, string>;
  value: [number, string];
}

/**
 * The local Prometheus binary (the one `npm run infra -- up` installs and runs), started for one
 * test on a free port with its own data directory, scraping the given modules every second.
 */
export async function startPrometheus(targets: Record<string, number>) {
  const bin = process.env.PROMETHEUS_BIN ?? 'prometheus';
  if (spawnSync(bin, ['--version']).status !== 0)
    throw new Error(`no Prometheus binary (${bin}): run npm run infra -- up, which installs it`);
  const dir = mkdtempSync(join(tmpdir(), 'playbook-prometheus-'));
  const [port] = await freePorts(1);
  const scrape = Object.entries(targets)
    .map(([module, p]) => `      - { targets: ['127.0.0.1:${p}'], labels: { module: '${module}' } }`)
    .join('\n');
  writeFileSync(
    join(dir, 'prometheus.yml'),
    `global: { scrape_interval: 1s, evaluation_interval: 1s }\nscrape_configs:\n  - job_name: playbook-modules\n    static_configs:\n${scrape}\n`,
  );
  const child = spawn(
    bin,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (
    !(await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Prometheus did not start at ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async query(expr: string): Promise<PromSeries[]> {
      const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(expr)}`);
      const body = (await res.json()) as { status: string; error?: string; data: { result: PromSeries[] } };
      if (body.status !== 'success') throw new Error(`${expr}: ${body.error}`);
      return body.data.result;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
