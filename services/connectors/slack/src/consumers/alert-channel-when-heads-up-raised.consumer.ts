import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { alertHeadsUp } from '../deliveries/deliveries.commands.ts';
import type { SlackApi } from '../slack-api.ts';

/** The AI orchestrator's heads-up is posted to the alert channel, once per heads-up. */
export const alertChannelWhenHeadsUpRaised = (api: SlackApi, channel: string) =>
  on<Tx, 'ai.HeadsUpRaised'>('alert-channel-when-heads-up-raised', 'ai.HeadsUpRaised', (e, { tx, publisher }) =>
    alertHeadsUp(tx, publisher, api, channel, e),
  );
