import { call } from './client.ts';

export const DEMO_SEARCH = 'LED wall Chicago';

/**
 * The search a producer would make, once every module (search included) has caught up: Pat's top
 * results for "LED wall Chicago", for the welcome text. A read: no Idempotency-Key.
 */
export async function seedSearch(searchUrl: string, producer: string): Promise<{ query: string; hits: string[] }> {
  const page = await call<{
    items: { type: string; title: string; status: string | null }[];
    facets: Record<string, number>;
  }>(`${searchUrl}/search?${new URLSearchParams({ q: DEMO_SEARCH, limit: '3' })}`, { token: producer });
  const facets = Object.entries(page.facets)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  return {
    query: DEMO_SEARCH,
    hits: [
      ...page.items.map((i) => `${i.type}: ${i.title}${i.status ? ` (${i.status})` : ''}`),
      `matches by type: ${facets}`,
    ],
  };
}
