import { randomBytes } from 'node:crypto';

/** A fresh trace id per start, for the demo flow's requests, so its trace has a link before it exists. */
export const demoTraceId = randomBytes(16).toString('hex');
export const demoTraceparent = `00-${demoTraceId}-00f067aa0ba902b7-01`;

/** Where to look: the demo flow's trace in Zipkin and the system's metrics in Prometheus. */
export function observabilityLines(env: Record<string, string | undefined> = process.env): string {
  const zipkin = env.PLAYBOOK_ZIPKIN_URL;
  const prometheus = env.PLAYBOOK_PROMETHEUS_URL;
  const query = encodeURIComponent('sum by (service, route) (rate(playbook_http_request_duration_seconds_count[1m]))');
  return [
    'See it:',
    zipkin
      ? `  Traces (Zipkin): the demo flow below, one trace across every module: ${zipkin}/zipkin/traces/${demoTraceId}
                   by correlation id: ${zipkin}/zipkin/?annotationQuery=playbook.correlation_id%3Ddemo-flow-1`
      : '  Traces: no Zipkin configured (npm run infra -- up writes PLAYBOOK_ZIPKIN_URL to .playbook/env)',
    prometheus
      ? `  Metrics (Prometheus): ${prometheus}/graph?g0.expr=${query}&g0.tab=0   (every module's target: Status → Targets)`
      : '  Metrics: no Prometheus configured (npm run infra -- up writes PLAYBOOK_PROMETHEUS_URL to .playbook/env)',
  ].join('\n');
}
