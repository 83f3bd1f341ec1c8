import type { Actor } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { headsUpIdFor } from '../domain/heads-up-id.ts';
import type { HeadsUpDraft } from '../domain/output.ts';
import { conflict } from '@playbook/service-kit/problem';
import { type HeadsUpRow, insertHeadsUp, recordResponse } from './heads-ups.store.ts';

/** Raises the heads-ups of a validated output; one already raised (same rule + subject + window) is not raised again. */
export async function raiseHeadsUps(
  tx: Tx,
  publisher: Publisher,
  ctx: { runId: string; orgId: string; correlationId: string },
  drafts: HeadsUpDraft[],
  actor: Actor,
): Promise<string[]> {
  const raised: string[] = [];
  for (const d of drafts) {
    const headsUpId = headsUpIdFor(d);
    const inserted = await insertHeadsUp(tx, {
      heads_up_id: headsUpId,
      org_id: ctx.orgId,
      client_id: d.clientId,
      event_id: d.eventId,
      rule: d.rule,
      subject_type: d.subjectType,
      subject_id: d.subjectId,
      window_key: d.window,
      severity: d.severity,
      title: d.title,
      citations: d.citations,
      records: d.records,
      commentary: d.commentary,
      run_id: ctx.runId,
      correlation_id: ctx.correlationId,
    });
    if (!inserted) continue;
    raised.push(headsUpId);
    await publisher.publish({
      type: 'ai.HeadsUpRaised',
      key: headsUpId,
      scope: { orgId: ctx.orgId, clientId: d.clientId, eventId: d.eventId },
      actor,
      counts: { affected: 1, citations: d.citations.length },
      rules: [{ name: d.rule, parameters: { subject: `${d.subjectType}:${d.subjectId}`, window: d.window } }],
      payload: { headsUpId, ...d, runId: ctx.runId },
    });
  }
  return raised;
}

export type Response =
  | { kind: 'accept'; note: string | null }
  | { kind: 'push-back'; reason: string }
  | { kind: 'escalate'; note: string | null };

/** One response per heads-up: from raised to accepted, pushed back (with a reason) or escalated (to finance). */
export async function respondToHeadsUp(tx: Tx, publisher: Publisher, h: HeadsUpRow, r: Response, by: string) {
  if (h.status !== 'raised')
    throw conflict(`This heads-up was already answered (${h.status}).`, 'AI.HEADS_UP_ANSWERED');
  const status = r.kind === 'accept' ? 'accepted' : r.kind === 'push-back' ? 'pushed_back' : 'escalated';
  const note = r.kind === 'push-back' ? r.reason : r.note;
  await recordResponse(tx, h.heads_up_id, { status, by, note });
  const common = { headsUpId: h.heads_up_id, rule: h.rule, eventId: h.event_id, clientId: h.client_id };
  const scope = { orgId: h.org_id, clientId: h.client_id, eventId: h.event_id };
  const rules = [{ name: 'heads-up-response', parameters: { response: r.kind, rule: h.rule } }];
  if (r.kind === 'accept') {
    await publisher.publish({
      type: 'ai.HeadsUpAccepted',
      key: h.heads_up_id,
      scope,
      rules,
      payload: { ...common, acceptedBy: by, note },
    });
  } else if (r.kind === 'push-back') {
    await publisher.publish({
      type: 'ai.HeadsUpPushedBack',
      key: h.heads_up_id,
      scope,
      rules,
      payload: { ...common, pushedBackBy: by, reason: r.reason },
    });
  } else {
    await publisher.publish({
      type: 'ai.HeadsUpEscalated',
      key: h.heads_up_id,
      scope,
      rules: [...rules, { name: 'route', parameters: { role: 'finance', clientId: h.client_id ?? '' } }],
      payload: { ...common, escalatedBy: by, routedToRole: 'finance', routedToClientId: h.client_id, note },
    });
  }
}
