import { z } from 'zod';

/** A field value in a tool result. */
export type FieldValue = string | number | boolean | null;

/** One record a tool returned: its id and the fields a run may use (and cite). */
export interface ToolRecord {
  recordType: string;
  recordId: string;
  fields: Record<string, FieldValue>;
}

export interface ToolResult {
  records: ToolRecord[];
}

/** One tool call as a run records it. */
export interface ToolCall {
  callId: string;
  tool: string;
  arguments: unknown;
  result: ToolResult | { error: string };
  ok: boolean;
}

/** Calls a tool by name; the recorder in front of it records every call. */
export type ToolInvoker = (tool: string, args: unknown) => Promise<ToolResult>;

// The output a provider returns. Strict objects: a number can only sit in a citation's `value`.
export const citationSchema = z.strictObject({
  label: z.string().min(1).max(200),
  recordType: z.string().min(1),
  recordId: z.string().min(1),
  field: z.string().min(1),
  value: z.number(),
  toolCallId: z.string().nullable().default(null),
});
export const slotSchema = z.strictObject({ slot: z.string().min(1).max(60), text: z.string().max(2000) });

export const headsUpDraftSchema = z.strictObject({
  rule: z.string().min(1),
  subjectType: z.string().min(1),
  subjectId: z.string().min(1),
  window: z.string().min(1),
  eventId: z.string().nullable(),
  clientId: z.string().nullable(),
  severity: z.enum(['info', 'warning', 'critical']),
  title: z.string().min(1).max(300),
  citations: z.array(citationSchema),
  records: z.array(z.strictObject({ recordType: z.string().min(1), recordId: z.string().min(1) })).min(1),
  commentary: z.array(slotSchema),
});

export const insightDraftSchema = z.strictObject({
  subjectType: z.enum(['vendor', 'client']),
  subjectId: z.string().min(1),
  title: z.string().min(1).max(300),
  figures: z.array(citationSchema),
  commentary: z.array(slotSchema),
});

export const runOutputSchema = z.strictObject({
  headsUps: z.array(headsUpDraftSchema).default([]),
  insight: insightDraftSchema.nullable().default(null),
  citations: z.array(citationSchema).default([]),
  commentary: z.array(slotSchema).default([]),
});

export type Citation = z.infer<typeof citationSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type HeadsUpDraft = z.infer<typeof headsUpDraftSchema>;
export type InsightDraft = z.infer<typeof insightDraftSchema>;
export type RunOutput = z.infer<typeof runOutputSchema>;

/** A run's output is refused (by the validator, or because a provider misbehaved): recorded, never published as output. */
export class RunRefused extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** The records a heads-up rests on. */
export const basis = (...records: (ToolRecord | null | undefined)[]) =>
  records.filter((r): r is ToolRecord => !!r).map((r) => ({ recordType: r.recordType, recordId: r.recordId }));

/** Builds a citation from a tool record's field (the rules provider never types a number itself). */
export function cite(label: string, record: ToolRecord, field: string, toolCallId: string | null = null): Citation {
  const value = record.fields[field];
  if (typeof value !== 'number') throw new Error(`${record.recordType} ${record.recordId}.${field} is not a number`);
  return { label, recordType: record.recordType, recordId: record.recordId, field, value, toolCallId };
}
