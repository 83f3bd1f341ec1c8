import { call } from './client.ts';

/** The demo's run-of-show: seven tasks due relative to the event's first and last day. */
const SUMMIT_RUN_OF_SHOW = {
  name: 'Summit run-of-show',
  lines: [
    { title: 'Confirm venue walkthrough and floor plan', anchor: 'start', offsetDays: -60, assigneeRole: 'producer' },
    { title: 'Lock speaker list and session schedule', anchor: 'start', offsetDays: -30, assigneeRole: 'producer' },
    { title: 'Approve AV plot and stage design', anchor: 'start', offsetDays: -21, assigneeRole: 'producer' },
    { title: 'Send final run-of-show to the client', anchor: 'start', offsetDays: -7, assigneeRole: 'producer' },
    { title: 'Print badges and signage', anchor: 'start', offsetDays: -5, assigneeRole: 'contributor' },
    { title: 'Load-in and technical rehearsal', anchor: 'start', offsetDays: -1, assigneeRole: 'producer' },
    { title: 'Wrap report and vendor reconciliation', anchor: 'end', offsetDays: 5, assigneeRole: 'finance' },
  ],
};

/**
 * The organization's work template. Templates apply to events created after them, so the seed calls
 * this BEFORE it creates the demo event: the event then gets the seven tasks from events.EventCreated.
 */
export async function seedWorkTemplates(workUrl: string, admin: { token: string; idempotencyKey: string }) {
  const template = await call<{ templateId: string }>(`${workUrl}/work-templates`, {
    ...admin,
    body: SUMMIT_RUN_OF_SHOW,
  });
  return { templateId: template.templateId };
}
