export interface ZipkinSpan {
  traceId: string;
  id: string;
  parentId?: string;
  name: string;
  kind?: string;
  localEndpoint?: { serviceName?: string };
  tags?: Record<string, string>;
}

/** Zipkin as `npm run infra -- up` runs it (PLAYBOOK_ZIPKIN_URL in .playbook/env). */
export function zipkinFromEnv() {
  const url = process.env.PLAYBOOK_ZIPKIN_URL;
  if (!url) throw new Error('PLAYBOOK_ZIPKIN_URL is not set: run npm run infra -- up and source .playbook/env');
  return {
    url,
    spansEndpoint: `${url}/api/v2/spans`,
    /** One trace as Zipkin's HTTP API returns it (empty while it has not arrived). */
    async trace(traceId: string): Promise<ZipkinSpan[]> {
      const res = await fetch(`${url}/api/v2/trace/${traceId}`);
      if (res.status === 404) return [];
      if (!res.ok) throw new Error(`zipkin: ${res.status} for trace ${traceId}`);
      return (await res.json()) as ZipkinSpan[];
    },
  };
}
