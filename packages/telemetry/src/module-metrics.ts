import { metricsRegistry } from './metrics.ts';

interface Sample {
  labels: Record<string, string | number>;
  value: number;
  metricName?: string;
}

interface Family {
  name: string;
  help: string;
  type: string;
  values: Sample[];
}

let processOwner: string | undefined;

/**
 * The module that also serves the process's own metrics (CPU, memory, event loop): the first to
 * ask. In a modulith they would otherwise be served, and summed, once per module.
 */
export function claimProcessMetrics(module: string): boolean {
  processOwner ??= module;
  return processOwner === module;
}

/** Releases the claim (a stopped module), so the next module to ask serves the process's metrics. */
export function releaseProcessMetrics(module: string): void {
  if (processOwner === module) processOwner = undefined;
}

const labelValue = (value: string | number) =>
  String(value).replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('"', '\\"');
const number = (value: number) =>
  Number.isNaN(value) ? 'NaN' : value === Infinity ? '+Inf' : value === -Infinity ? '-Inf' : String(value);

/**
 * Prometheus text exposition of one module's series (those labelled `service=<module>`), plus the
 * unlabelled process series when this module owns them ({@link claimProcessMetrics}).
 */
export async function moduleMetrics(module: string): Promise<string> {
  const withProcess = claimProcessMetrics(module);
  const families: string[] = [];
  for (const metric of metricsRegistry.getMetricsAsArray()) {
    const perModule = ((metric as unknown as { labelNames?: string[] }).labelNames ?? []).includes('service');
    if (!perModule && !withProcess) continue;
    const { name, help, type, values } = await (metric as unknown as { get(): Promise<Family> }).get();
    // A module's families are listed even before their first sample (HELP/TYPE only).
    const mine = perModule ? values.filter((v) => v.labels.service === module) : values;
    const lines = [`# HELP ${name} ${help.replaceAll('\\', '\\\\').replaceAll('\n', '\\n')}`, `# TYPE ${name} ${type}`];
    for (const { labels, value, metricName } of mine) {
      const pairs = Object.entries(labels).map(([k, v]) => `${k}="${labelValue(v)}"`);
      lines.push(`${metricName ?? name}${pairs.length ? `{${pairs.join(',')}}` : ''} ${number(value)}`);
    }
    families.push(lines.join('\n'));
  }
  return `${families.join('\n')}\n`;
}
