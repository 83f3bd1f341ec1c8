import { v5 as uuidv5 } from 'uuid';

/** todo → doing → done | blocked, and back from blocked. Done is final: a finished task stays finished. */
export const WORK_STATUSES = ['todo', 'doing', 'done', 'blocked'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/** Statuses a worker still has to act on: the ones that can become overdue. */
export const OPEN_STATUSES: readonly WorkStatus[] = ['todo', 'doing', 'blocked'];

const NEXT: Record<WorkStatus, readonly WorkStatus[]> = {
  todo: ['doing', 'done', 'blocked'],
  doing: ['done', 'blocked', 'todo'],
  blocked: ['todo', 'doing'],
  done: [],
};

export type StatusTransition =
  | { kind: 'move'; from: WorkStatus; to: WorkStatus }
  /** Already there (a re-sent request or a re-delivered decision): nothing to do. */
  | { kind: 'unchanged' }
  | { kind: 'illegal'; from: WorkStatus; to: WorkStatus; reason: string };

export function transition(from: WorkStatus, to: WorkStatus): StatusTransition {
  if (from === to) return { kind: 'unchanged' };
  if (NEXT[from].includes(to)) return { kind: 'move', from, to };
  const reason = from === 'done' ? 'A done item is final.' : `From ${from} it can go to ${NEXT[from].join(', ')}.`;
  return { kind: 'illegal', from, to, reason };
}

/** Closing a task because what it was about is settled (an approval decided or withdrawn). */
export function close(from: WorkStatus): StatusTransition {
  return from === 'done' ? { kind: 'unchanged' } : { kind: 'move', from, to: 'done' };
}

const WORK_NAMESPACE = '0c7f3a52-9d41-5e8b-a2c6-4b1e8d0f7a39';

/** The item a template line made for an event: the same event, template, version and line give the same id. */
export const templateItemId = (eventId: string, templateId: string, version: number, line: number): string =>
  uuidv5(`template:${eventId}:${templateId}:${version}:${line}`, WORK_NAMESPACE);

/** The approver's task of an approval request: one per request, whatever the replays. */
export const approvalTaskId = (approvalRequestId: string): string =>
  uuidv5(`approval:${approvalRequestId}`, WORK_NAMESPACE);

/** The subject type of approver tasks. */
export const APPROVAL_SUBJECT = 'approval-request';
