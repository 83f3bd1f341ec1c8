import type { EnvelopeOf, Scope } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import { deliverOnce } from '@playbook/connector-kit/outbound';
import type { Tx } from '@playbook/db/client';
import { holdersOf } from '@playbook/service-kit/access';
import type { Role } from '@playbook/service-kit/permissions';
import type { SlackApi } from '../slack-api.ts';
import { emailsOf } from '../users/users.store.ts';
import { isDelivered, recordDelivery } from './deliveries.store.ts';

interface Message {
  deliveryId: string;
  kind: 'approval-dm' | 'budget-alert' | 'heads-up-alert';
  channel: string;
  text: string;
  recipientUserId: string | null;
  subjectId: string;
  scope: Scope;
}

/**
 * Posts once, records it and publishes SlackMessageDelivered. A delivery id already recorded is done
 * (a second fact naming the same delivery changes nothing); one not recorded may still have been
 * posted by an attempt that crashed before its commit, so Slack is looked up before posting.
 */
async function deliver(tx: Tx, publisher: Publisher, api: SlackApi, m: Message) {
  if (await isDelivered(tx, m.deliveryId)) return;
  const { result, reused } = await deliverOnce({
    key: m.deliveryId,
    lookup: (key) => api.findDelivery(m.channel, key),
    create: (key) => api.post(m.channel, m.text, key),
  });
  await recordDelivery(tx, { deliveryId: m.deliveryId, channel: result.channel, ts: result.ts });
  await publisher.publish({
    type: 'integrations.slack.SlackMessageDelivered',
    key: m.deliveryId,
    scope: m.scope,
    actor: { kind: 'connector', id: 'slack', displayName: 'Slack' },
    rules: [{ name: 'slack.delivery', parameters: { kind: m.kind, lookedUpFirst: 'true' } }],
    payload: {
      deliveryId: m.deliveryId,
      kind: m.kind,
      channel: result.channel,
      ts: result.ts,
      recipientUserId: m.recipientUserId,
      subjectId: m.subjectId,
      text: m.text,
      reused,
    },
  });
}

const money = (minor: number, currency: string) => `${(minor / 100).toFixed(2)} ${currency}`;

/** DMs every user holding the approver role over the request's scope (never the requester). */
export async function dmApprovers(
  tx: Tx,
  publisher: Publisher,
  api: SlackApi,
  e: EnvelopeOf<'approvals.ApprovalRequested'>,
) {
  const p = e.payload;
  const scope = { orgId: e.scope.orgId, clientId: p.clientId, eventId: p.eventId };
  const target =
    p.approverScope === 'org'
      ? { orgId: scope.orgId }
      : p.approverScope === 'client'
        ? { orgId: scope.orgId, clientId: p.clientId }
        : scope;
  const approvers = (await holdersOf(tx, [p.approverRole as Role], target)).filter((id) => id !== p.requestedBy);
  const emails = await emailsOf(tx, approvers);
  const text = `Approval needed (${p.approverRole}): ${p.summary} — ${money(p.amountMinor, p.currency)}. Due ${new Date(p.dueAt).toISOString()}.`;
  for (const userId of approvers) {
    const email = emails.get(userId);
    if (!email) continue;
    // An approver without a Slack account is skipped, not a reason to fail the others' DMs.
    const slackUser = await api.userIdByEmail(email);
    if (!slackUser) continue;
    const channel = await api.openDm(slackUser);
    const deliveryId = handlerMessageId(e.messageId, 'dm-approvers', userId);
    await deliver(tx, publisher, api, {
      deliveryId,
      kind: 'approval-dm',
      channel,
      text,
      recipientUserId: userId,
      subjectId: p.approvalRequestId,
      scope,
    });
  }
}

/** Alerts the budget channel that an event's budget crossed a threshold. */
export async function alertBudgetThreshold(
  tx: Tx,
  publisher: Publisher,
  api: SlackApi,
  channel: string,
  e: EnvelopeOf<'budget.BudgetThresholdCrossed'>,
) {
  const p = e.payload;
  const used = p.usedPercent === null || p.usedPercent === undefined ? 'n/a' : `${p.usedPercent.toFixed(1)} %`;
  const text = `Budget alert: event ${p.eventId} crossed ${p.thresholdPercent} % (${used} used: committed ${money(p.committedMinor, p.currency)}, actual ${money(p.actualMinor, p.currency)} of ${money(p.plannedMinor, p.currency)} planned; ${p.trigger}).`;
  const deliveryId = handlerMessageId(e.messageId, 'alert-channel', 'budget');
  await deliver(tx, publisher, api, {
    deliveryId,
    kind: 'budget-alert',
    channel,
    text,
    recipientUserId: null,
    subjectId: p.budgetId,
    scope: { orgId: e.scope.orgId, clientId: p.clientId, eventId: p.eventId },
  });
}

const SEVERITY_MARK: Record<string, string> = {
  critical: ':red_circle:',
  warning: ':warning:',
  info: ':information_source:',
};
const cited = (c: { label: string; field: string; value: number }) =>
  `${c.label} ${c.field.endsWith('Minor') ? (c.value / 100).toFixed(2) : String(c.value)}`;

/**
 * Alerts the channel to the AI orchestrator's heads-up: its headline, the numbers it cites and its
 * commentary. Once per heads-up: the delivery id derives from the heads-up's own (deterministic) id,
 * so the same heads-up published again is not posted again.
 */
export async function alertHeadsUp(
  tx: Tx,
  publisher: Publisher,
  api: SlackApi,
  channel: string,
  e: EnvelopeOf<'ai.HeadsUpRaised'>,
) {
  const p = e.payload;
  const mark = SEVERITY_MARK[p.severity] ?? '';
  const numbers = p.citations.length > 0 ? ` (${p.citations.map(cited).join('; ')})` : '';
  const words = p.commentary.map((c) => c.text).join(' ');
  const about = p.eventId ? ` on event ${p.eventId}` : '';
  const text = `${mark} Heads-up (${p.severity})${about}: ${p.title}${numbers}. ${words}`.trim();
  await deliver(tx, publisher, api, {
    deliveryId: handlerMessageId(p.headsUpId, 'alert-channel', 'heads-up'),
    kind: 'heads-up-alert',
    channel,
    text,
    recipientUserId: null,
    subjectId: p.headsUpId,
    scope: { orgId: e.scope.orgId, clientId: p.clientId ?? null, eventId: p.eventId ?? null },
  });
}
