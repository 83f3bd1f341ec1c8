import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { MODULES } from '@playbook/launcher/modules';
import { kitEnv, parseEnv } from '@playbook/service-kit/env';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Docker does not run here: these keep docker-compose.yml, the Dockerfile and deploy/prometheus.yml
// consistent with the launcher's module list and the local scripts, by reading the files.
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const localScript = (file: string, variable: string) =>
  new RegExp(`^${variable}=(\\S+)`, 'm').exec(read(`deploy/local/lib/${file}`))?.[1];

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string | number>;
  ports?: string[];
  volumes?: string[];
}
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
const services = compose.services;
const moduleNames = MODULES.map((m) => m.name) as string[];
const portOf = (name: string) => MODULES.find((m) => m.name === name)!.port;
const version = JSON.parse(read('services/launcher/package.json')).version as string;

/** Which compose service runs each module: a module's own container, or the launcher's --only list. */
function placement(): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const [service, def] of Object.entries(services)) {
    if (!def.image?.startsWith('playbook:') || !def.command) continue;
    const [what, ...args] = def.command;
    const hosted = what === 'launcher' ? (args[args.indexOf('--only') + 1] ?? '').split(',') : [what!];
    for (const module of hosted) where.set(module, [...(where.get(module) ?? []), service]);
  }
  return where;
}

describe('docker-compose.yml runs the system', () => {
  it('runs every module of modules.ts exactly once, in the mixed layout', () => {
    const where = placement();
    expect([...where.keys()].sort()).toEqual([...moduleNames].sort());
    for (const [module, runners] of where) expect(runners, module).toHaveLength(1);
    expect(where.get('spend')).toEqual(['spend']);
    expect(where.get('approvals')).toEqual(['approvals']);
    expect(new Set([...where.values()].map((r) => r[0])).size).toBeLessThan(moduleNames.length);
  });

  it('publishes each module on its launcher port, with the environment the kit requires, from one image tag', () => {
    for (const [module, [service]] of placement()) {
      const def = services[service!]!;
      const port = portOf(module);
      expect(def.ports, `${service} publishes ${module}`).toContain(`127.0.0.1:${port}:${port}`);
      if (def.command![0] !== 'launcher') expect(Number(def.environment?.PORT), `${service} PORT`).toBe(port);
      const env = Object.fromEntries(
        Object.entries(def.environment ?? {}).map(([k, v]) => [k, String(v).replace(/\$\{\w+:-([^}]*)\}/, '$1')]),
      );
      expect(() => parseEnv(kitEnv, env), `${service} environment`).not.toThrow();
      expect(env.HOST).toBe('0.0.0.0');
      expect(def.image).toBe(`playbook:${version}`);
      expect(env.SERVICE_VERSION).toBe(version);
      expect(new URL(env.DATABASE_URL!).host).toBe('postgres:5432');
      expect(env.KAFKA_BROKERS).toBe('kafka:19092');
      expect(services.kafka!.environment!.KAFKA_LISTENERS).toContain('DOCKER://:19092');
      expect(new URL(env.SCHEMA_REGISTRY_URL!).host).toBe('registry:8080');
      expect(new URL(env.OTEL_EXPORTER_OTLP_ENDPOINT!).host).toBe('otel-collector:4318');
    }
  });

  it('uses the versions and loopback ports of the local scripts', () => {
    expect(services.kafka!.image).toBe(`apache/kafka:${localScript('kafka.sh', 'KAFKA_VERSION')}`);
    expect(services.registry!.image).toBe(
      `apicurio/apicurio-registry:${localScript('registry.sh', 'REGISTRY_VERSION')}`,
    );
    const common = read('deploy/local/lib/common.sh');
    const port = (name: string) => new RegExp(`${name}:-(\\d+)`).exec(common)?.[1];
    expect(services.postgres!.ports).toContain(`127.0.0.1:${port('PLAYBOOK_PG_PORT')}:5432`);
    expect(services.kafka!.ports).toContain(`127.0.0.1:${port('PLAYBOOK_KAFKA_PORT')}:29092`);
    expect(services.registry!.ports).toContain(`127.0.0.1:${port('PLAYBOOK_REGISTRY_PORT')}:8080`);
    for (const s of ['otel-collector', 'jaeger', 'prometheus', 'grafana']) expect(services[s], s).toBeDefined();
    expect(services.grafana!.volumes).toContain('./deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro');
    expect(read('deploy/grafana/provisioning/datasources/datasources.yaml')).toContain('url: http://prometheus:9090');
  });
});

describe('the Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  it('is multi-stage on Node 24, the version package.json asks for', () => {
    const from = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]!);
    expect(from.length).toBeGreaterThanOrEqual(2);
    const major = /(\d+)/.exec(JSON.parse(read('package.json')).engines.node)![1];
    for (const image of from) expect(image).toMatch(new RegExp(`^node:${major}[.-]`));
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
  });

  it('runs any module by name through its entry point', () => {
    const entry = /ENTRYPOINT \["\/app\/([^"]+)"\]/.exec(dockerfile)![1]!;
    accessSync(new URL(entry, root), constants.X_OK);
    const script = read(entry);
    expect(script).toContain('services/$name/src/index.ts');
    for (const name of moduleNames) expect(existsSync(new URL(`services/${name}/src/index.ts`, root)), name).toBe(true);
    const unknown = (() => {
      try {
        execFileSync('sh', [new URL(entry, root).pathname, 'no-such-module'], { cwd: root, stdio: 'pipe' });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    })();
    expect(unknown).toBe(2);
  });
});

describe('what Prometheus scrapes', () => {
  it('in compose: every module, where compose runs it, on its port', () => {
    const config = parse(read('deploy/prometheus.yml')) as {
      scrape_configs: { job_name: string; static_configs: { targets: string[]; labels?: { module?: string } }[] }[];
    };
    const job = config.scrape_configs.find((j) => j.job_name === 'playbook-modules')!;
    const targets = Object.fromEntries(job.static_configs.map((c) => [c.labels?.module, c.targets]));
    const where = placement();
    for (const module of moduleNames)
      expect(targets[module], module).toEqual([`${where.get(module)![0]}:${portOf(module)}`]);
    expect(Object.keys(targets).sort()).toEqual([...moduleNames].sort());
  });

  it('locally: the generated config covers modules.ts, following <NAME>_PORT like the launcher', () => {
    const lib = new URL('deploy/local/lib/', root).pathname;
    const out = execFileSync('bash', ['-c', `source ${lib}common.sh; source ${lib}prometheus.sh; prometheus_modules`], {
      env: { ...process.env, SPEND_PORT: '5004' },
      encoding: 'utf8',
    });
    const expected = MODULES.map((m) => `${m.name} ${m.name === 'spend' ? 5004 : m.port}`);
    expect(out.trim().split('\n')).toEqual(expected);
  });
});
