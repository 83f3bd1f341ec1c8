import type { NexoniaExpenseReport } from '@playbook/contracts/types';
import type { NexoniaApiItem, NexoniaApiReport } from './nexonia-api.ts';

/** Statuses of a report the Playbook takes: submitted or further along; drafts and rejected reports are skipped. */
export const ACCEPTED_STATUSES = ['SUBMITTED', 'APPROVED', 'EXPORTED', 'PAID'] as const;

/** Nexonia gives major units as a decimal number; the Playbook counts minor units. */
export const toMinor = (amount: number) => Math.round(amount * 100);

const KINDS = { EXPENSE: 'expense', PER_DIEM: 'per_diem', MILEAGE: 'mileage' } as const;

function line(i: NexoniaApiItem): NexoniaExpenseReport['lines'][number] {
  const tags: Record<string, string> = {};
  for (const d of i.dimensions ?? []) if (d.name && d.value) tags[d.name] = d.value;
  return {
    id: i.itemId,
    kind: KINDS[i.type] ?? 'expense',
    description: i.description,
    amountMinor: toMinor(i.amount),
    incurredOn: i.date.slice(0, 10),
    category: i.category ?? null,
    merchantName: i.merchant ?? null,
    distance: i.distance ?? null,
    distanceUnit: i.distanceUnit ? i.distanceUnit.toLowerCase() : null,
    memo: i.memo ?? null,
    tags,
  };
}

/** A Nexonia report in the batch's shape: dimensions become `tags` (dimension → value). */
export function normalize(r: NexoniaApiReport): NexoniaExpenseReport {
  return {
    id: r.reportId,
    title: r.title ?? null,
    status: r.status.toLowerCase(),
    currency: r.currency,
    submittedAt: Date.parse(r.submittedDate),
    employeeId: r.employee.id ?? null,
    employeeName: r.employee.name,
    employeeEmail: r.employee.email ?? null,
    lines: r.items.map(line),
  };
}

/** The window's reports the Playbook accepts, and how many were fetched. */
export function acceptWindow(fetched: NexoniaApiReport[]): { fetched: number; records: NexoniaExpenseReport[] } {
  const accepted = fetched.filter((r) => (ACCEPTED_STATUSES as readonly string[]).includes(r.status));
  return { fetched: fetched.length, records: accepted.map(normalize) };
}
