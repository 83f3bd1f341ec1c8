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
      const intervals = done.get(entry.phase) ?? STAGES.map((): number[] => []);
      done.set(entry.phase, intervals);
      for (let i = 0; i < STAGES.length; i++) {
        const from = entry.at[i];
        const to = entry.at[i + 1];
        if (from !== undefined && to !== undefined) intervals[i]!.push(to - from);
      }
    },
    /** `stageWriteP50Ms`, `stageWriteP99Ms`, … for one phase's handled messages. */
    summary(phase: string): Record<string, number> {
      const out: Record<string, number> = {};
      const intervals = done.get(phase);
      if (!intervals) return out;
      for (const [i, stage] of STAGES.entries()) {
        const sorted = Float64Array.from(intervals[i]!).sort();
        const name = INTERVALS[stage].replace(/^./, (c) => c.toUpperCase());
        out[`stage${name}P50Ms`] = percentile(Array.from(sorted), 50);
        out[`stage${name}P99Ms`] = percentile(Array.from(sorted), 99);
      }
      return out;
    },
  };
}
export type StageClock = ReturnType<typeof stageClock>;
