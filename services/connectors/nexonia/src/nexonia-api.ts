import { createHttpClient } from '@playbook/connector-kit/http-client';
import type { Meter } from '@playbook/connector-kit/meter';
import type { Window } from '@playbook/connector-kit/window';
import type { NexoniaSettings } from './env.ts';

/** One item of a report as GET /api/v1/expense-reports returns it (see the README: the shape is modelled, not published). */
export interface NexoniaApiItem {
  itemId: string;
  type: 'EXPENSE' | 'PER_DIEM' | 'MILEAGE';
  description: string;
  /** Major units of the report's currency, as a decimal number. */
  amount: number;
  date: string;
  category?: string | null;
  merchant?: string | null;
  distance?: number | null;
  distanceUnit?: 'KM' | 'MI' | null;
  memo?: string | null;
  dimensions?: { name: string; value: string }[];
}

export interface NexoniaApiReport {
  reportId: string;
  title?: string | null;
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'EXPORTED' | 'PAID';
  currency: string;
  submittedDate: string;
  employee: { id?: string | null; name: string; email?: string | null };
  items: NexoniaApiItem[];
}

export interface NexoniaPage {
  data: NexoniaApiReport[];
  pagination: { page: number; pageSize: number; totalItems: number; totalPages: number };
}

/**
 * Nexonia's expense API as the sandbox models it: an API key as a bearer token, then the reports
 * submitted in a window, page by page (`page` from 1, `pageSize`) until `pagination.totalPages`.
 */
export function nexoniaApi(s: NexoniaSettings) {
  const client = createHttpClient({
    baseUrl: s.NEXONIA_BASE_URL,
    secrets: [s.NEXONIA_API_KEY],
    auth: async () => ({ authorization: `Bearer ${s.NEXONIA_API_KEY}` }),
    baseDelayMs: s.NEXONIA_RETRY_BASE_MS,
  });

  /** Every report submitted in the window, every page; `meter` counts calls, pages and retries. */
  async function expenseReports(w: Window, meter: Meter): Promise<NexoniaApiReport[]> {
    const all: NexoniaApiReport[] = [];
    let page = 1;
    let totalPages = 1;
    do {
      const res = await client.request<NexoniaPage>({
        path: '/api/v1/expense-reports',
        query: {
          submittedFrom: new Date(w.from).toISOString(),
          submittedTo: new Date(w.to).toISOString(),
          page,
          pageSize: s.NEXONIA_PAGE_SIZE,
        },
        meter,
      });
      meter.pages++;
      all.push(...res.body.data);
      totalPages = res.body.pagination.totalPages;
      page++;
    } while (page <= totalPages);
    return all;
  }

  return { expenseReports };
}
