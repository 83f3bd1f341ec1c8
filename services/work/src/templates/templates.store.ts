import type { Queryable } from '@playbook/db/client';
import type { TemplateLine } from '../domain/template.ts';

export interface TemplateRow {
  template_id: string;
  seq: string;
  org_id: string;
  name: string;
  version: number;
  lines: TemplateLine[];
  active: boolean;
  created_by: string;
  updated_by: string;
  updated_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An active template of the organization, or undefined. */
export async function findTemplate(db: Queryable, orgId: string, templateId: string, lock = false) {
  if (!UUID.test(templateId)) return undefined;
  const [row] = await db<TemplateRow[]>`
    select * from work_templates where template_id = ${templateId} and org_id = ${orgId} and active
    ${lock ? db`for update` : db``}`;
  return row;
}

export function listTemplates(db: Queryable, orgId: string, afterSeq: string, limit: number) {
  return db<TemplateRow[]>`
    select * from work_templates where org_id = ${orgId} and active and seq > ${afterSeq}
    order by seq limit ${limit + 1}`;
}

/** Every active template of the organization at its current version, oldest first. */
export function activeTemplates(db: Queryable, orgId: string) {
  return db<TemplateRow[]>`select * from work_templates where org_id = ${orgId} and active order by seq`;
}

export async function insertTemplate(
  db: Queryable,
  t: { templateId: string; orgId: string; name: string; lines: TemplateLine[]; by: string },
): Promise<TemplateRow> {
  const [row] = await db<TemplateRow[]>`
    insert into work_templates (template_id, org_id, name, lines, created_by, updated_by)
    values (${t.templateId}, ${t.orgId}, ${t.name}, ${db.json(t.lines as never)}, ${t.by}, ${t.by}) returning *`;
  return row!;
}

/** A new version: name and lines replaced, version + 1. */
export async function reviseTemplate(
  db: Queryable,
  templateId: string,
  t: { name: string; lines: TemplateLine[]; by: string },
): Promise<TemplateRow> {
  const [row] = await db<TemplateRow[]>`
    update work_templates set name = ${t.name}, lines = ${db.json(t.lines as never)}, version = version + 1,
      updated_by = ${t.by}, updated_at = now()
    where template_id = ${templateId} returning *`;
  return row!;
}

export async function deactivateTemplate(db: Queryable, templateId: string, by: string): Promise<void> {
  await db`update work_templates set active = false, updated_by = ${by}, updated_at = now() where template_id = ${templateId}`;
}

/** Claims the application of a template to an event; false when it was applied before (any version). */
export async function claimApplication(db: Queryable, eventId: string, templateId: string, version: number) {
  const rows = await db`
    insert into template_applications (event_id, template_id, version) values (${eventId}, ${templateId}, ${version})
    on conflict do nothing returning 1`;
  return rows.length === 1;
}

export const toTemplate = (r: TemplateRow) => ({
  templateId: r.template_id,
  orgId: r.org_id,
  name: r.name,
  version: r.version,
  lines: r.lines.map((l) => ({ ...l, assigneeRole: l.assigneeRole ?? null })),
  createdBy: r.created_by,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at.toISOString(),
});
