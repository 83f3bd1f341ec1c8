import { basis, cite, type HeadsUpDraft, type ToolRecord } from '../output.ts';

export const WORK_OVERDUE_NEAR_EVENT = 'work-overdue-near-event';

/**
 * A work item past its due date while the event starts within the lead time (or is under way). One
 * heads-up per item and due date: a new due date that passes again is a new one.
 */
export function workOverdueNearEvent(
  item: ToolRecord,
  countdown: ToolRecord,
  leadDays: number,
  calls: { items: string; countdown: string },
): HeadsUpDraft | null {
  const w = item.fields;
  const d = countdown.fields;
  if (w.status === 'done' || d.status === 'cancelled' || Number(w.daysOverdue) <= 0) return null;
  if (Number(d.daysUntilStart) > leadDays || Number(d.daysUntilEnd) < 0) return null;
  return {
    rule: WORK_OVERDUE_NEAR_EVENT,
    subjectType: 'work-item',
    subjectId: item.recordId,
    window: `due:${w.dueOn}`,
    eventId: String(w.eventId),
    clientId: String(w.clientId),
    severity: Number(d.daysUntilStart) <= 2 ? 'critical' : 'warning',
    title: `Overdue close to the event: ${w.title}`,
    citations: [
      cite('days overdue', item, 'daysOverdue', calls.items),
      cite('days until the event starts', countdown, 'daysUntilStart', calls.countdown),
    ],
    records: basis(item, countdown),
    commentary: [
      { slot: 'what', text: `"${w.title}" was due on ${w.dueOn} and is still ${w.status}.` },
      { slot: 'suggestion', text: 'Reassign it or move its date, and tell the team what slips.' },
    ],
  };
}
