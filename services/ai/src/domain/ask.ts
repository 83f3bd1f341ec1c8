import { cite, type RunOutput, type ToolInvoker } from './output.ts';
import { relationshipInsight } from './insight.ts';
import { lookup } from './lookup.ts';
import { reviewRate } from './rules/review-rate.ts';
import type { Task } from './tasks.ts';

/** A person's question about a vendor or a client (relationship intelligence) or an event (its engagements' rates). */
export async function askAbout(
  invoke: ToolInvoker,
  n: { n: number },
  task: Extract<Task, { task: 'ask' }>,
): Promise<RunOutput> {
  const out: RunOutput = { headsUps: [], insight: null, citations: [], commentary: [] };
  if (task.subjectType !== 'event') {
    out.insight = await relationshipInsight(invoke, n, task.subjectType, task.subjectId);
    out.commentary.push({
      slot: 'answer',
      text: out.insight ? 'See the relationship figures, each cited.' : 'Nothing on record.',
    });
    return out;
  }
  const ev = (await lookup(invoke, n, 'get_event', { eventId: task.subjectId })).records[0];
  if (!ev) {
    out.commentary.push({ slot: 'answer', text: 'This event is not known to the orchestrator yet.' });
    return out;
  }
  const e = await lookup(invoke, n, 'list_engagements', { eventId: task.subjectId });
  for (const engagement of e.records) {
    out.citations.push(cite(`amount of ${engagement.fields.vendorName}`, engagement, 'amountMinor', e.callId));
    const flag = await reviewRate(invoke, n, engagement, e.callId);
    if (flag) out.headsUps.push(flag);
  }
  out.commentary.push({
    slot: 'answer',
    text:
      out.headsUps.length > 0
        ? `Engagements for ${ev.fields.name} include rates above the card.`
        : `Engagements for ${ev.fields.name} stay within the rate cards.`,
  });
  return out;
}
