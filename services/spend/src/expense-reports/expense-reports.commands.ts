import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { NexoniaExpenseReport } from '@playbook/contracts/types';
import type { Tx } from '@playbook/db/client';
import { type Allocation, allocator, publishAllocation } from '../allocations/allocations.commands.ts';
import { allocationIdFor, EVENT_FIELD, expenseLineKey, expenseReportIdFor } from '../domain/allocation.ts';
import { expenseTotals } from '../domain/expense-report.ts';
import { insertExpenseLines, insertNewExpenseReports, type NewExpenseLine } from './expense-reports.store.ts';

const SOURCE = 'nexonia';

type Report = NexoniaExpenseReport;
type Line = Report['lines'][number];

/** The report's scope: the one event every allocated line names, else the organization alone. */
function reportScope(orgId: string, allocations: Allocation[]) {
  const events = new Set(allocations.filter((a) => a.eventId).map((a) => `${a.clientId}/${a.eventId}`));
  const only = events.size === 1 ? allocations.find((a) => a.eventId)! : undefined;
  return { orgId, clientId: only?.clientId ?? null, eventId: only?.eventId ?? null };
}

/**
 * Imports a Nexonia batch: each expense report once (`ExpenseReportImported`, with its expense,
 * per-diem and mileage lines), then each line allocated by the same tag rules as card transactions
 * to an event the scope tree knows (`SpendAllocated`, budget counts it as actual). Duplicates in
 * the batch, re-fetched and overlapping windows insert nothing and publish nothing; a line naming
 * no known event stays unallocated (kept, with the rule that left it so).
 */
export async function importNexoniaBatch(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'integrations.nexonia.NexoniaExpenseReportsFetched'>,
): Promise<{ imported: number; allocated: number }> {
  const p = e.payload;
  const orgId = e.scope.orgId;
  const allocate = allocator(tx, orgId);
  const unique = [...new Map(p.reports.map((r) => [expenseReportIdFor(SOURCE, r.id), r])).entries()];
  const inserted = await insertNewExpenseReports(
    tx,
    unique.map(([expenseReportId, r]) => ({
      expenseReportId,
      source: SOURCE,
      sourceReportId: r.id,
      orgId,
      employeeName: r.employeeName,
      status: r.status,
      currency: r.currency,
      totalMinor: expenseTotals(r.lines).totalMinor,
      submittedAt: new Date(r.submittedAt),
    })),
  );
  let allocated = 0;
  for (const [expenseReportId, r] of unique.filter(([id]) => inserted.has(id))) {
    const lines: (NewExpenseLine & { line: Line })[] = [];
    for (const line of r.lines) {
      const a = await allocate(line);
      lines.push({
        line,
        expenseReportId,
        lineId: line.id,
        kind: line.kind ?? 'expense',
        amountMinor: line.amountMinor,
        incurredOn: line.incurredOn,
        eventId: a.eventId,
        clientId: a.clientId,
        bomLineId: a.bomLineId,
        allocationRule: a.rule,
      });
    }
    await insertExpenseLines(tx, lines);
    await publishImported(publisher, e, expenseReportId, r, lines);
    for (const l of lines) {
      if (!l.eventId || !l.clientId) continue;
      allocated++;
      await publishAllocation(publisher, {
        orgId,
        allocationId: allocationIdFor(expenseLineKey(SOURCE, l.lineId)),
        source: 'expense',
        sourceId: l.lineId,
        eventId: l.eventId,
        clientId: l.clientId,
        bomLineId: l.bomLineId,
        rule: l.allocationRule,
        amountMinor: l.amountMinor,
        currency: r.currency,
        allocatedAt: e.occurredAt,
        description: `${l.line.description} (${r.employeeName}, ${l.kind.replace('_', ' ')})`,
      });
    }
  }
  return { imported: inserted.size, allocated };
}

async function publishImported(
  publisher: Publisher,
  e: EnvelopeOf<'integrations.nexonia.NexoniaExpenseReportsFetched'>,
  expenseReportId: string,
  r: Report,
  lines: (NewExpenseLine & { line: Line })[],
): Promise<void> {
  const p = e.payload;
  const window = { from: new Date(p.windowFrom).toISOString(), to: new Date(p.windowTo).toISOString() };
  await publisher.publish({
    type: 'spend.ExpenseReportImported',
    key: expenseReportId,
    scope: reportScope(
      e.scope.orgId,
      lines.map((l) => ({ eventId: l.eventId, clientId: l.clientId, bomLineId: l.bomLineId, rule: l.allocationRule })),
    ),
    counts: { lines: lines.length, allocated: lines.filter((l) => l.eventId).length },
    rules: [
      { name: 'spend.expense-import', parameters: { source: SOURCE, windowFrom: window.from, windowTo: window.to } },
    ],
    payload: {
      expenseReportId,
      source: SOURCE,
      sourceReportId: r.id,
      employeeName: r.employeeName,
      status: r.status,
      currency: r.currency,
      lines: lines.map(({ line }) => ({
        lineId: line.id,
        kind: line.kind ?? 'expense',
        description: line.description,
        amountMinor: line.amountMinor,
        incurredOn: line.incurredOn,
        category: line.category ?? null,
        merchantName: line.merchantName ?? null,
        distance: line.distance ?? null,
        distanceUnit: line.distanceUnit ?? null,
        eventTag: line.tags[EVENT_FIELD] ?? null,
      })),
      ...expenseTotals(r.lines),
      submittedAt: r.submittedAt,
      windowFrom: p.windowFrom,
      windowTo: p.windowTo,
      employeeId: r.employeeId ?? null,
      employeeEmail: r.employeeEmail ?? null,
      title: r.title ?? null,
    },
  });
}
