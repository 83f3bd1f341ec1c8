import { percentile } from './stats.ts';

/** The bus path's stages, in order; each message is stamped as it passes one. */
const STAGES = ['committed', 'acked', 'fetched', 'handled'] as const;
type Stage = (typeof STAGES)[number];

/** What each interval between consecutive stamps covers, named for the report's `extra` figures. */
const INTERVALS: Record<Stage, string> = {
  committed: 'write', // envelope built → outbox transaction committed
  acked: 'relay', // committed → the relay's produce request acknowledged (wake, read, encode, send)
  fetched: 'kafka', // acknowledged → the consumer decodes it (fetch, kafkajs, queueing behind earlier batches)
  handled: 'inbox', // decoded → its batch's inbox transaction committed
};

/**
 * Per-message timestamps along outbox → relay → Kafka → consumer → inbox, so a slow run says
 * which stage the time went to. Keyed by message id; a message's intervals are added to its
 * phase when it is handled.
 */
export function stageClock() {
  const open = new Map<string, { phase: string; at: number[] }>();
  /** Per phase, per handled message: its four intervals (NaN where a stamp is missing). */
  const done = new Map<string, number[][]>();
  const stamp = (messageId: string, stage: Stage, at = Date.now()) => {
    const entry = open.get(messageId);
    if (entry) entry.at[STAGES.indexOf(stage) + 1] ??= at;
  };
  return {
    /** A message enters the clock when its envelope is built (`occurredAt`). */
    begin(messageId: string, phase: string, occurredAt: number) {
      open.set(messageId, { phase, at: [occurredAt] });
    },
    stamp,
    /** Stamps the last stage and files the message's intervals under its phase. */
    finish(messageId: string, at: number) {
      stamp(messageId, 'handled', at);
      const entry = open.get(messageId);
      open.delete(messageId);
      if (!entry) return;
      const messages = done.get(entry.phase) ?? [];
      done.set(entry.phase, messages);
      messages.push(STAGES.map((_, i) => (entry.at[i + 1] ?? Number.NaN) - (entry.at[i] ?? Number.NaN)));
    },
    /**
     * `stageWriteP50Ms`, `stageWriteP99Ms`, … for one phase's handled messages, and `stageWriteTailMs`, …:
     * each stage's mean over the slowest 1% of messages end to end, i.e. where the p99 goes (the
     * per-stage p99s come from different messages and do not add up to it).
     */
    summary(phase: string): Record<string, number> {
      const out: Record<string, number> = {};
      const messages = done.get(phase) ?? [];
      if (messages.length === 0) return out;
      // The tail is taken over messages stamped at every stage; each stage's percentiles over every
      // message stamped at both ends of it.
      const complete = messages.filter((m) => m.every(Number.isFinite));
      const total = (m: number[]) => m.reduce((sum, ms) => sum + ms, 0);
      const slowest = [...complete].sort((a, b) => total(b) - total(a)).slice(0, Math.ceil(complete.length / 100));
      for (const [i, stage] of STAGES.entries()) {
        const sorted = messages
          .map((m) => m[i]!)
          .filter(Number.isFinite)
          .sort((a, b) => a - b);
        const name = INTERVALS[stage].replace(/^./, (c) => c.toUpperCase());
        out[`stage${name}P50Ms`] = percentile(sorted, 50);
        out[`stage${name}P99Ms`] = percentile(sorted, 99);
        out[`stage${name}TailMs`] = Math.round(slowest.reduce((sum, m) => sum + m[i]!, 0) / slowest.length);
      }
      return out;
    },
  };
}
export type StageClock = ReturnType<typeof stageClock>;
