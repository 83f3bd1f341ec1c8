import { eventually } from '@playbook/testing/eventually';
import { describe, expect, it } from 'vitest';
import { http, type Slice } from '../support/slice.ts';

/**
 * What the demo seed leaves for a person to try (search, work, assets), checked on a slice that has
 * just been seeded, before any test changes it. The modulith slice runs these first, so the demo
 * costs no slice of its own (starting and seeding one takes a minute on two cores).
 */
export function describeTheSeededDemo(current: () => Slice): void {
  describe('the demo’s search, seeded through the HTTP API', () => {
    it('finds Pat the LED wall for the Chicago summit, and Vic only what Vic may read', async () => {
      const { demo, url } = current();
      expect(demo.search.query).toBe('LED wall Chicago');
      expect(demo.search.hits.length).toBeGreaterThan(1);
      const pat = await http(`${url('search')}/search?q=LED%20wall%20Chicago&limit=50`, demo.users.pat.token);
      expect(pat.status).toBe(200);
      const found = pat.body.items as { type: string; id: string; eventId: string | null }[];
      expect(found.map((i) => i.type)).toContain('bom_line');
      expect(found.find((i) => i.type === 'bom_line')?.id).toBe(demo.budget.ledWallLineId);
      expect(found.every((i) => i.eventId === demo.eventId || i.eventId === null)).toBe(true);
      const prefix = await http(`${url('search')}/search?q=Acme%20A&type=vendor`, demo.users.vic.token);
      expect(prefix.body.items.map((i: { id: string }) => i.id)).toEqual([demo.vendors.acmeAv]);
    });
  });

  describe('the demo’s work and assets, seeded through the HTTP API', () => {
    it('gives the demo event the run-of-show tasks: the template was made before the event', async () => {
      const { demo, url } = current();
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
      const { demo, url } = current();
      const kits = await http(`${url('assets')}/brand-kits?clientId=${demo.clientId}`, demo.users.pat.token);
      expect(kits.body.items.map((k: { brandKitId: string }) => k.brandKitId)).toEqual([demo.assets.brandKitId]);
      const approved = await http(`${url('assets')}/assets/${demo.assets.assetId}/approve`, demo.users.pat.token, {
        body: { version: 2 },
      });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ latestVersion: 2, approvedVersion: 2, approvedBy: demo.users.pat.userId });
    });
  });
}
