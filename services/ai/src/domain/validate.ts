import type { Citation, RunOutput, ToolCall, ToolRecord } from './output.ts';

export type Verdict = { ok: true } | { ok: false; reason: string };

const NUMBER = /\d+(?:[.,]\d+)*/g;

/**
 * Every number in an output must trace to a tool result: a citation must name a record a successful
 * tool call returned (by type and id, in that call when it names one) whose field holds exactly the
 * cited value; a number written in any text must be a cited value, or sit inside a text field of a
 * returned record quoted whole (a vendor named "Stage 4", a date). Anything else is refused.
 */
export function validateOutput(output: RunOutput, calls: ToolCall[]): Verdict {
  const records = calls.flatMap((c) =>
    c.ok && 'records' in c.result ? c.result.records.map((r) => ({ callId: c.callId, record: r })) : [],
  );
  const citations = [
    ...output.citations,
    ...output.headsUps.flatMap((h) => h.citations),
    ...(output.insight?.figures ?? []),
  ];
  for (const citation of citations) {
    const problem = untraced(citation, records);
    if (problem) return { ok: false, reason: problem };
  }
  for (const h of output.headsUps) {
    for (const named of h.records) {
      const returned = records.some(
        (r) => r.record.recordId === named.recordId && r.record.recordType === named.recordType,
      );
      if (!returned)
        return { ok: false, reason: `heads-up names ${named.recordType} ${named.recordId}, which no tool returned` };
    }
  }
  const traced = new Set<string>(citations.map((c) => String(c.value)));
  // Longest first, so "Stage 45" is taken out whole before "45" could be.
  const quoted = [...new Set(records.flatMap(({ record }) => textsWithDigits(record)))].sort(
    (a, b) => b.length - a.length,
  );
  for (const [where, text] of texts(output)) {
    const rest = quoted.reduce((t, q) => t.split(q).join(' '), text);
    for (const token of rest.match(NUMBER) ?? []) {
      if (!traced.has(token)) return { ok: false, reason: `untraced number "${token}" in ${where}` };
    }
  }
  return { ok: true };
}

function untraced(c: Citation, records: { callId: string; record: ToolRecord }[]): string | null {
  const found = records.filter(
    (r) =>
      r.record.recordId === c.recordId &&
      r.record.recordType === c.recordType &&
      (c.toolCallId === null || r.callId === c.toolCallId),
  );
  if (found.length === 0) return `citation "${c.label}" names ${c.recordType} ${c.recordId}, which no tool returned`;
  if (!found.some((r) => r.record.fields[c.field] === c.value))
    return `citation "${c.label}" gives ${c.recordType} ${c.recordId}.${c.field} = ${c.value}, the tool result does not`;
  return null;
}

/** Text fields (and the id) of a record that contain digits: quoting them whole is tracing them. */
function textsWithDigits(record: ToolRecord): string[] {
  const strings = [record.recordId, ...Object.values(record.fields).filter((v) => typeof v === 'string')] as string[];
  return strings.filter((s) => /\d/.test(s));
}

function texts(output: RunOutput): [string, string][] {
  const slots = (where: string, list: { slot: string; text: string }[]) =>
    list.map((s): [string, string] => [`${where} slot ${s.slot}`, `${s.slot} ${s.text}`]);
  const labels = (where: string, list: Citation[]) => list.map((c): [string, string] => [`${where} label`, c.label]);
  return [
    ...slots('commentary', output.commentary),
    ...labels('citation', output.citations),
    ...output.headsUps.flatMap((h) => [
      ['heads-up title', h.title] as [string, string],
      ...slots('heads-up', h.commentary),
      ...labels('heads-up citation', h.citations),
    ]),
    ...(output.insight
      ? [
          ['insight title', output.insight.title] as [string, string],
          ...slots('insight', output.insight.commentary),
          ...labels('insight figure', output.insight.figures),
        ]
      : []),
  ];
}
