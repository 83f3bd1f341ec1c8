import { v5 as uuidv5 } from 'uuid';

const HEADS_UP_NAMESPACE = 'b4d1c0de-6a1e-5c7b-9f2e-3d4c5b6a7980';

/** A heads-up's id: rule + subject + window, so re-evaluating the same facts never raises it twice. */
export function headsUpIdFor(h: { rule: string; subjectType: string; subjectId: string; window: string }): string {
  return uuidv5([h.rule, h.subjectType, h.subjectId, h.window].join('\u001f'), HEADS_UP_NAMESPACE);
}

/** A run's id: the trigger (a consumed message and its consumer, or a request's key) makes it. */
export function runIdFor(trigger: string, ref: string): string {
  return uuidv5(['run', trigger, ref].join('\u001f'), HEADS_UP_NAMESPACE);
}

export function insightIdFor(runId: string): string {
  return uuidv5(['insight', runId].join('\u001f'), HEADS_UP_NAMESPACE);
}
