import { describe, expect, it } from 'vitest';
import type { RunOutput, ToolCall } from './output.ts';
import { validateOutput } from './validate.ts';

const calls: ToolCall[] = [
  {
    callId: 'call-1',
    tool: 'get_engagement',
    arguments: { engagementId: 'eng-1' },
    ok: true,
    result: {
      records: [
        {
          recordType: 'engagement',
          recordId: 'eng-1',
          fields: { unitRateMinor: 60_000, vendorName: 'Stage 45 Rentals', startsOn: '2026-09-14' },
        },
      ],
    },
  },
];
const output = (over: Partial<RunOutput> = {}): RunOutput => ({
  headsUps: [],
  insight: null,
  citations: [
    {
      label: 'agreed rate',
      recordType: 'engagement',
      recordId: 'eng-1',
      field: 'unitRateMinor',
      value: 60_000,
      toolCallId: 'call-1',
    },
  ],
  commentary: [{ slot: 'what', text: 'Stage 45 Rentals starts on 2026-09-14 at the cited rate of 60000.' }],
  ...over,
});

describe('the citation validator', () => {
  it('accepts numbers that are citations or sit inside a quoted text field of a tool result', () => {
    expect(validateOutput(output(), calls)).toEqual({ ok: true });
  });

  it('refuses a number in commentary that no tool returned', () => {
    const verdict = validateOutput(
      output({ commentary: [{ slot: 'what', text: 'That is 25% above the card.' }] }),
      calls,
    );
    expect(verdict).toEqual({ ok: false, reason: 'untraced number "25" in commentary slot what' });
  });

  it('refuses a citation whose value is not what the tool returned', () => {
    const bad = output({
      citations: [
        {
          label: 'rate',
          recordType: 'engagement',
          recordId: 'eng-1',
          field: 'unitRateMinor',
          value: 61_000,
          toolCallId: null,
        },
      ],
    });
    expect(validateOutput(bad, calls)).toMatchObject({ ok: false, reason: expect.stringContaining('61000') });
  });

  it('refuses a citation of a record no tool returned, or of another call', () => {
    const other = output({
      citations: [
        {
          label: 'rate',
          recordType: 'engagement',
          recordId: 'eng-2',
          field: 'unitRateMinor',
          value: 60_000,
          toolCallId: null,
        },
      ],
    });
    expect(validateOutput(other, calls).ok).toBe(false);
    const wrongCall = output({
      citations: [
        {
          label: 'rate',
          recordType: 'engagement',
          recordId: 'eng-1',
          field: 'unitRateMinor',
          value: 60_000,
          toolCallId: 'call-2',
        },
      ],
    });
    expect(validateOutput(wrongCall, calls).ok).toBe(false);
  });

  it('refuses a number lifted out of a text field rather than quoting the field whole', () => {
    expect(validateOutput(output({ commentary: [{ slot: 'what', text: 'About 45 people.' }] }), calls).ok).toBe(false);
  });

  it('does not count a failed tool call as a source', () => {
    const failed: ToolCall[] = [{ ...calls[0]!, ok: false, result: { error: 'nope' } }];
    expect(validateOutput(output({ commentary: [] }), failed).ok).toBe(false);
  });
});
