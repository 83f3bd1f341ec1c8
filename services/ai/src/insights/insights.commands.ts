import type { Actor } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { insightIdFor } from '../domain/heads-up-id.ts';
import type { InsightDraft } from '../domain/output.ts';
import { insertInsight } from './insights.store.ts';

/** Publishes a run's relationship insight, at its subject's scope (a vendor's at the organization, a client's at the client). */
export async function publishInsight(
  tx: Tx,
  publisher: Publisher,
  ctx: { runId: string; orgId: string },
  draft: InsightDraft,
  actor: Actor,
): Promise<string | null> {
  const insightId = insightIdFor(ctx.runId);
  const clientId = draft.subjectType === 'client' ? draft.subjectId : null;
  const inserted = await insertInsight(tx, {
    insight_id: insightId,
    org_id: ctx.orgId,
    client_id: clientId,
    event_id: null,
    subject_type: draft.subjectType,
    subject_id: draft.subjectId,
    run_id: ctx.runId,
    title: draft.title,
    figures: draft.figures,
    commentary: draft.commentary,
  });
  if (!inserted) return null;
  await publisher.publish({
    type: 'ai.InsightPublished',
    key: insightId,
    scope: { orgId: ctx.orgId, clientId, eventId: null },
    actor,
    counts: { affected: 1, figures: draft.figures.length },
    rules: [{ name: 'relationship-intelligence', parameters: { subject: `${draft.subjectType}:${draft.subjectId}` } }],
    payload: { insightId, runId: ctx.runId, ...draft },
  });
  return insightId;
}
