import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, startSlice, type Slice } from '../support/slice.ts';

let slice: Slice;
beforeAll(async () => {
  slice = await startSlice('modulith');
  // Above the demo seed's own catch-up bound (180 s), so a seed that runs out of time says what is behind.
}, 240_000);
afterAll(() => slice?.dispose());

describe('the demo’s work and assets, seeded through the HTTP API', () => {
  it('gives the demo event the run-of-show tasks: the template was made before the event', async () => {
    const { demo, url } = slice;
    const items = await eventually(async () => {
      const page = await http(`${url('work')}/work-items?eventId=${demo.eventId}&limit=100`, demo.users.pat.token);
      // The template's seven, beside the approver tasks of the engagements the demo made.
      const fromTemplate = (page.body.items as { templateId: string | null }[]).filter((i) => i.templateId !== null);
      expect(fromTemplate).toHaveLength(7);
      return fromTemplate as { title: string; dueOn: string; templateId: string; timezone: string }[];
    });
    expect(items.every((i) => i.templateId === demo.work.templateId && i.timezone === 'America/Chicago')).toBe(true);
    expect(items.map((i) => i.dueOn)).toContain('2027-01-09'); // 60 days before 2027-03-10
    expect(items.map((i) => i.dueOn)).toContain('2027-03-17'); // 5 days after 2027-03-12
    const viewer = await http(`${url('work')}/work-items`, demo.users.vic.token, {
      body: { eventId: demo.eventId, title: 'Not mine to add' },
    });
    expect(viewer.status).toBe(403);
  });

  it('gives the client a brand kit and the event a title slide in two versions that Pat may approve', async () => {
    const { demo, url } = slice;
    const kits = await http(`${url('assets')}/brand-kits?clientId=${demo.clientId}`, demo.users.pat.token);
    expect(kits.body.items.map((k: { brandKitId: string }) => k.brandKitId)).toEqual([demo.assets.brandKitId]);
    const approved = await http(`${url('assets')}/assets/${demo.assets.assetId}/approve`, demo.users.pat.token, {
      body: { version: 2 },
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ latestVersion: 2, approvedVersion: 2, approvedBy: demo.users.pat.userId });
  });
});
