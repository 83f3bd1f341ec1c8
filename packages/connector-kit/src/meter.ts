/**
 * What talking to an external system cost, for the batch envelope's diagnostics: elapsed time, API
 * calls, pages, rate-limit units (responses the vendor rate-limited: 429s) and retries.
 */
export interface Meter {
  readonly startedAt: number;
  apiCalls: number;
  pages: number;
  rateLimitUnits: number;
  retries: number;
}

export const startMeter = (now = Date.now()): Meter => ({
  startedAt: now,
  apiCalls: 0,
  pages: 0,
  rateLimitUnits: 0,
  retries: 0,
});

/** The envelope's diagnostics fields, read off a meter. */
export const diagnosticsOf = (m: Meter, now = Date.now()) => ({
  elapsedMs: now - m.startedAt,
  apiCalls: m.apiCalls,
  pages: m.pages,
  rateLimitUnits: m.rateLimitUnits,
  retries: m.retries,
});
