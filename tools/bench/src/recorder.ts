/** Delivery records of one measured phase: send and delivery times per message, first to last. */
export class PhaseRecorder {
  readonly latencies: number[] = [];
  firstSentAt = Number.POSITIVE_INFINITY;
  lastDeliveredAt = 0;

  record(sentAt: number, deliveredAt: number): void {
    this.latencies.push(deliveredAt - sentAt);
    this.firstSentAt = Math.min(this.firstSentAt, sentAt);
    this.lastDeliveredAt = Math.max(this.lastDeliveredAt, deliveredAt);
  }

  get count(): number {
    return this.latencies.length;
  }
}

/** Routes deliveries to phases by name; deliveries of unknown phases are counted, not measured. */
export class Recorder {
  private readonly phases = new Map<string, PhaseRecorder>();
  stray = 0;

  phase(name: string): PhaseRecorder {
    const known = this.phases.get(name);
    if (known) return known;
    const phase = new PhaseRecorder();
    this.phases.set(name, phase);
    return phase;
  }

  record(phase: string, sentAt: number, deliveredAt: number): void {
    const recorder = this.phases.get(phase);
    if (recorder) recorder.record(sentAt, deliveredAt);
    else this.stray++;
  }
}
