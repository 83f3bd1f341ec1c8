export const FAULT_KINDS = [
  'kill -9 a module',
  'restart Kafka',
  'restart PostgreSQL',
  'duplicate messages',
  'poison messages',
] as const;

/** The flows under load, and what one unit of each is. */
export const FLOWS = {
  engageVendor: 'flow 1, engage a vendor (engagements)',
  cardSpend: 'flow 2, card spend (Ramp charges)',
  pipeline: 'flow 3, pipeline to event (won deals)',
} as const;
export type FlowName = keyof typeof FLOWS;

/** One flow's units: offered by the load, accepted (answered 201, or published), and their effects. */
export interface FlowOutcome {
  offered: number;
  accepted: number;
  /** Accepted units with exactly their effects in the modules' databases. */
  exact: number;
  lost: string[];
  doubled: string[];
  /** Units still unanswered when the load stopped: their outcome unknown to the client. */
  unanswered: number;
}

export interface ChaosReport {
  faults: Record<(typeof FAULT_KINDS)[number], number>;
  flows: Record<FlowName, FlowOutcome>;
  poisonPerGroup: Record<string, number>;
  poisonLetters: number;
  otherDeadLetters: { group: string; code: string; error: string }[];
  /** Dead letters on the topics and how many the reader got through (all, unless it ran out of time). */
  deadLettersOnTopics: number;
  deadLettersRead: number;
  /** Whether every module's consumer group had committed to the end of its topics before the check, and when. */
  caughtUp: boolean;
  settleSeconds: number;
  gaveUp: string[];
  /** Every flow held (flowHeld) and every poison message is parked in every group's DLQ. */
  held: boolean;
}

/** Something accepted, and every accepted unit with exactly its effects: nothing lost, nothing doubled. */
export const flowHeld = (f: FlowOutcome) =>
  f.accepted > 0 && f.exact === f.accepted && f.lost.length === 0 && f.doubled.length === 0;

const COLUMNS = ['offered', 'accepted', 'exact', 'lost', 'doubled', 'unanswered'] as const;

/** The table the chaos command and its test print: faults per kind, each flow's units and their effects, dead letters. */
export function formatReport(r: ChaosReport): string {
  const lines = ['faults injected'];
  for (const [kind, n] of Object.entries(r.faults)) lines.push(`  ${kind.padEnd(22)} ${n}`);
  const width = Math.max(...Object.values(FLOWS).map((label) => label.length));
  lines.push('', `  ${'outcome'.padEnd(width)} ${COLUMNS.map((c) => c.padStart(11)).join('')}`);
  for (const [name, label] of Object.entries(FLOWS) as [FlowName, string][]) {
    const f = r.flows[name];
    const cells = [f.offered, f.accepted, f.exact, f.lost.length, f.doubled.length, f.unanswered];
    lines.push(`  ${label.padEnd(width)} ${cells.map((n) => String(n).padStart(11)).join('')}`);
    if (f.lost.length) lines.push(`    lost: ${f.lost.slice(0, 5).join(', ')}`);
    if (f.doubled.length) lines.push(`    doubled: ${f.doubled.slice(0, 5).join(', ')}`);
  }
  lines.push('');
  const total = r.faults['poison messages'];
  lines.push(
    `  poison dead-lettered   ${JSON.stringify(r.poisonPerGroup)} distinct, of ${total} per consuming group; ${r.poisonLetters} letters with repeats`,
  );
  lines.push(`  dead letters read      ${r.deadLettersRead} of ${r.deadLettersOnTopics} on the topics`);
  lines.push(`  other dead letters     ${r.otherDeadLetters.length}`);
  for (const d of r.otherDeadLetters.slice(0, 5)) lines.push(`    ${d.group} ${d.code}: ${d.error}`);
  lines.push(`  modules given up on    ${r.gaveUp.join(', ') || 'none'}`);
  lines.push(`  consumers caught up    ${r.caughtUp ? 'yes' : 'NO'} (settled in ${r.settleSeconds}s)`);
  lines.push(`  verdict                ${r.held ? 'held' : 'BROKEN'}`);
  return lines.join('\n');
}
