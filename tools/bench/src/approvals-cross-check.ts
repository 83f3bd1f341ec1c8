import postgres from 'postgres';
import { withTimeout } from './cleanup.ts';
import type { Sent } from './fanout-engagements.ts';
import type { BenchContext } from './scenario.ts';
import type { BenchSlice } from './slice-setup.ts';
import { summarize, type LatencySummary } from './stats.ts';

/**
 * Reads approvals' own table (the bench's only look behind an API, after the run, read-only):
 * exactly one request per engagement, carrying that engagement's X-Correlation-Id and amount; and
 * requested_at (stamped by the routing handler) − send time, a poll-free figure for the same path.
 */
export async function crossCheck(
  ctx: BenchContext,
  slice: BenchSlice,
  sent: Sent[],
): Promise<{ handler: LatencySummary }> {
  const admin = postgres(ctx.env.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    type Row = { correlation_id: string; amount_minor: string; requested_at: Date };
    const rows: Row[] = await withTimeout(
      admin
        .unsafe<Row[]>(
          `select correlation_id, amount_minor, requested_at from "${slice.schemaOf('approvals')}".approval_requests`,
        )
        .then((r) => [...r]),
      30_000,
      'reading approvals.approval_requests',
    );
    const byCorrelation = new Map<string, Row[]>();
    for (const row of rows)
      byCorrelation.set(row.correlation_id, [...(byCorrelation.get(row.correlation_id) ?? []), row]);
    const problems: string[] = [];
    // The demo organization's own records route sign-offs too (BOM lines, contracts): only requests
    // carrying a sent engagement's correlation id are the bench's.
    const sentIds = new Set(sent.map((s) => s.correlationId));
    const ours = rows.filter((row) => sentIds.has(row.correlation_id));
    if (ours.length !== sent.length) problems.push(`${ours.length} approval requests for ${sent.length} engagements`);
    const handler: number[] = [];
    for (const s of sent) {
      const mine = byCorrelation.get(s.correlationId) ?? [];
      if (mine.length !== 1)
        problems.push(`engagement ${s.seq}: ${mine.length} approval requests with its correlation id`);
      else if (Number(mine[0]!.amount_minor) !== s.amountMinor)
        problems.push(`engagement ${s.seq}: amount ${mine[0]!.amount_minor}, expected ${s.amountMinor}`);
      else if (s.phase === 'measured') handler.push(mine[0]!.requested_at.getTime() - s.sentAt);
    }
    if (problems.length)
      throw new Error(
        `cross-check against approvals' table failed: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`,
      );
    return { handler: summarize(handler) };
  } finally {
    await admin.end({ timeout: 5 });
  }
}
