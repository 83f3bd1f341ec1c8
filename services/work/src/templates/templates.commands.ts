import { randomUUID } from 'node:crypto';
import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { notFound } from '@playbook/service-kit/problem';
import { describeOffset, dueOnFor, type TemplateLine } from '../domain/template.ts';
import { templateItemId } from '../domain/work-item.ts';
import { recordEventCalendar } from '../work-items/event-calendars.store.ts';
import { createWorkItem } from '../work-items/work-items.commands.ts';
import {
  activeTemplates,
  claimApplication,
  deactivateTemplate,
  findTemplate,
  insertTemplate,
  reviseTemplate,
  type TemplateRow,
} from './templates.store.ts';

export const TEMPLATE_NOT_FOUND = 'WORK.TEMPLATE_NOT_FOUND';

export interface TemplateInput {
  name: string;
  lines: TemplateLine[];
}

export const createTemplate = (tx: Tx, orgId: string, input: TemplateInput, by: string) =>
  insertTemplate(tx, { templateId: randomUUID(), orgId, ...input, by });

async function lockedTemplate(tx: Tx, orgId: string, templateId: string): Promise<TemplateRow> {
  const row = await findTemplate(tx, orgId, templateId, true);
  if (!row) throw notFound('The work template', TEMPLATE_NOT_FOUND);
  return row;
}

/** A new version of the template; events created from now on get it, events already made keep theirs. */
export async function updateTemplate(
  tx: Tx,
  orgId: string,
  templateId: string,
  changes: Partial<TemplateInput>,
  by: string,
) {
  const row = await lockedTemplate(tx, orgId, templateId);
  return reviseTemplate(tx, templateId, { name: changes.name ?? row.name, lines: changes.lines ?? row.lines, by });
}

export async function removeTemplate(tx: Tx, orgId: string, templateId: string, by: string): Promise<void> {
  await lockedTemplate(tx, orgId, templateId);
  await deactivateTemplate(tx, templateId, by);
}

/**
 * Applies every active template of the organization to a new event, once per event and template: the
 * application is claimed first (a replay, even without the inbox, claims nothing), and each line's item
 * id derives from event, template, version and line. Due dates come from the event's days in the payload.
 */
export async function applyTemplatesToEvent(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'events.EventCreated'>,
): Promise<number> {
  const p = e.payload;
  const orgId = e.scope.orgId;
  await recordEventCalendar(tx, {
    eventId: p.eventId,
    orgId,
    timezone: p.timezone,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
  });
  let created = 0;
  for (const t of await activeTemplates(tx, orgId)) {
    if (!(await claimApplication(tx, p.eventId, t.template_id, t.version))) continue;
    for (const [line, item] of t.lines.entries()) {
      const dueOn = dueOnFor(item, p);
      const row = await createWorkItem(
        tx,
        publisher,
        {
          workItemId: templateItemId(p.eventId, t.template_id, t.version, line),
          orgId,
          clientId: p.clientId,
          eventId: p.eventId,
          title: item.title,
          assigneeId: null,
          assigneeRole: item.assigneeRole ?? null,
          dueOn,
          timezone: p.timezone,
          subjectType: null,
          subjectId: null,
          source: 'template',
          templateId: t.template_id,
          templateVersion: t.version,
          createdBy: e.actor.id,
          correlationId: e.correlationId,
        },
        {
          counts: { templateLines: t.lines.length, line: line + 1 },
          rules: [
            {
              name: 'work-template',
              parameters: {
                templateId: t.template_id,
                template: t.name,
                version: String(t.version),
                due: describeOffset(item),
                startsOn: p.startsOn,
                endsOn: p.endsOn,
                dueOn,
              },
            },
          ],
        },
      );
      if (row) created++;
    }
  }
  return created;
}
