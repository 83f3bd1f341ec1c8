import { describe, expect, it } from 'vitest';
import { consumerMessages, httpRequestDuration } from '../src/metrics.ts';
import { claimProcessMetrics, moduleMetrics } from '../src/module-metrics.ts';

describe("a module's own metrics", () => {
  it('serves only the series labelled with the module, and the process series from one module only', async () => {
    consumerMessages.inc({ service: 'spend', consumer: 'spend', outcome: 'handled' }, 3);
    consumerMessages.inc({ service: 'approvals', consumer: 'approvals', outcome: 'handled' }, 5);
    httpRequestDuration.observe({ service: 'spend', method: 'GET', route: '/x', status: '200' }, 0.02);
    expect(claimProcessMetrics('spend')).toBe(true);

    const spend = await moduleMetrics('spend');
    const approvals = await moduleMetrics('approvals');
    expect(spend).toContain('playbook_consumer_messages_total{service="spend",consumer="spend",outcome="handled"} 3');
    expect(spend).not.toContain('service="approvals"');
    expect(approvals).toContain(
      'playbook_consumer_messages_total{service="approvals",consumer="approvals",outcome="handled"} 5',
    );
    expect(approvals).not.toContain('service="spend"');
    expect(spend).toContain('le="+Inf",service="spend",method="GET",route="/x",status="200"} 1');
    expect(spend).toMatch(/^playbook_process_process_cpu_user_seconds_total \d/m);
    expect(approvals).not.toContain('playbook_process_');
  });
});
