import { expect } from 'vitest';
import { eventually } from '@playbook/testing/eventually';
import { http, type Slice } from '../support/slice.ts';

/**
 * Flow 1's last step on the seeded demo: Pat engaged Bright Catering's lunch above its rate card
 * (correlation id demo-ai-heads-up); the AI orchestrator raised a heads-up citing the engagement and the
 * rate-card line; Pat pushes back; activity shows the run, its tool calls, the heads-up and the response.
 */
export async function aiFlagsAndProducerPushesBack(slice: Slice) {
  const { demo, url } = slice;
  const { pat, alex } = demo.users;
  const headsUp = await eventually(
    async () => {
      const page = await http(`${url('ai')}/heads-ups?eventId=${demo.eventId}&rule=rate-above-rate-card`, pat.token);
      const found = page.body.items.find((h: { subjectId: string }) => h.subjectId === demo.ai.engagementAboveCardId);
      expect(found).toBeDefined();
      return found as { headsUpId: string; runId: string; citations: unknown[] };
    },
    { timeoutMs: 30_000 },
  );
  expect(headsUp.citations).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ recordType: 'engagement', field: 'unitRateMinor', value: 5_200 }),
      expect.objectContaining({ recordType: 'rate-card-line', field: 'unitRateMinor', value: 4_500 }),
    ]),
  );
  const pushed = await http(`${url('ai')}/heads-ups/${headsUp.headsUpId}/push-back`, pat.token, {
    body: { reason: 'Premium menu agreed with the client' },
  });
  expect(pushed.status).toBe(200);
  await eventually(
    async () => {
      const audit = await http(`${url('activity')}/activity?correlationId=demo-ai-heads-up&limit=500`, alex.token);
      const entries = audit.body.items as {
        type: string;
        payload: { runId?: string; toolCalls?: { tool: string }[] };
      }[];
      expect(entries.map((e) => e.type)).toEqual(
        expect.arrayContaining([
          'vendors.VendorEngaged',
          'ai.AiRunCompleted',
          'ai.HeadsUpRaised',
          'ai.HeadsUpPushedBack',
        ]),
      );
      const run = entries.find((e) => e.type === 'ai.AiRunCompleted' && e.payload.runId === headsUp.runId);
      expect(run?.payload.toolCalls?.map((c) => c.tool)).toEqual([
        'get_engagement',
        'find_rate_card_line',
        'relationship_summary',
      ]);
    },
    { timeoutMs: 30_000 },
  );
}
