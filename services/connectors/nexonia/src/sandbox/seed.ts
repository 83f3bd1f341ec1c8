import type { NexoniaApiItem, NexoniaApiReport } from '../nexonia-api.ts';

const EMPLOYEES = [
  ['emp-101', 'Avery Stone', 'avery.stone@example.com'],
  ['emp-102', 'Jordan Lee', 'jordan.lee@example.com'],
  ['emp-103', 'Sam Patel', 'sam.patel@example.com'],
] as const;
const EXPENSES = [
  ['Hotel, two nights', 'Lodging', 'Marriott Downtown', 412.8],
  ['Crew dinner', 'Meals', 'Sweetgreen', 96.45],
  ['Taxi to the venue', 'Ground transport', 'Yellow Cab', 38.2],
  ['Gaffer tape and batteries', 'Supplies', 'B&H Photo', 64.99],
] as const;
/** A mileage rate per mile, and a per-diem rate per day, in major units. */
const MILE_RATE = 0.7;
const PER_DIEM = 75;

export interface SeedTag {
  eventId: string;
  bomLineId?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Deterministic, realistic expense reports: `count` reports submitted over [from, to), each with
 * an expense, a per diem and (every other report) mileage; with a tag, most items carry the
 * "Event" (and "BOM line") dimension. A few reports are drafts or rejected (the connector skips them).
 */
export function seedReports(
  count: number,
  from: number,
  to: number,
  tag?: SeedTag,
  prefix = 'rpt',
): NexoniaApiReport[] {
  return Array.from({ length: count }, (_, i) => {
    const [empId, name, email] = EMPLOYEES[i % EMPLOYEES.length]!;
    const [description, category, merchant, amount] = EXPENSES[i % EXPENSES.length]!;
    const submitted = from + Math.floor(((to - from) * i) / Math.max(1, count));
    const day = iso(submitted - 86_400_000).slice(0, 10);
    const reportId = `${prefix}-${String(i).padStart(6, '0')}`;
    const dims = (j: number) =>
      tag && (i + j) % 5 !== 4
        ? [
            { name: 'Event', value: tag.eventId },
            ...(tag.bomLineId ? [{ name: 'BOM line', value: tag.bomLineId }] : []),
          ]
        : [];
    const items: NexoniaApiItem[] = [
      {
        itemId: `${reportId}-1`,
        type: 'EXPENSE',
        description,
        amount: amount + (i % 10),
        date: day,
        category,
        merchant,
        dimensions: dims(0),
      },
      {
        itemId: `${reportId}-2`,
        type: 'PER_DIEM',
        description: 'Per diem, show day',
        amount: PER_DIEM,
        date: day,
        category: 'Per diem',
        dimensions: dims(1),
      },
    ];
    if (i % 2 === 0) {
      const miles = 20 + (i % 7) * 12;
      items.push({
        itemId: `${reportId}-3`,
        type: 'MILEAGE',
        description: 'Drive to the load-in',
        amount: Math.round(miles * MILE_RATE * 100) / 100,
        date: day,
        category: 'Mileage',
        distance: miles,
        distanceUnit: 'MI',
        dimensions: dims(2),
      });
    }
    return {
      reportId,
      title: `Expenses ${day}`,
      status: i % 13 === 12 ? 'DRAFT' : i % 11 === 10 ? 'REJECTED' : i % 3 === 0 ? 'APPROVED' : 'SUBMITTED',
      currency: 'USD',
      submittedDate: iso(submitted),
      employee: { id: empId, name, email },
      items,
    };
  });
}
