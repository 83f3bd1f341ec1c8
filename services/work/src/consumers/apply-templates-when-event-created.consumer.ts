import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { applyTemplatesToEvent } from '../templates/templates.commands.ts';

export const applyTemplatesWhenEventCreated = on<Tx, 'events.EventCreated'>(
  'apply-templates-when-event-created',
  'events.EventCreated',
  async (e, { tx, publisher }) => {
    await applyTemplatesToEvent(tx, publisher, e);
  },
);
