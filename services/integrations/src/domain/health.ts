/** A connector's health at a glance, as the registry shows it. */
export type Health = 'healthy' | 'failing' | 'never-synced' | 'disabled';

export interface HealthInputs {
  enabled: boolean;
  /** When it last brought a window (inbound) or delivered something (outbound). */
  lastSyncAt: number | null;
  /** When a window last failed after every retry. */
  lastErrorAt: number | null;
}

/**
 * Disabled wins; then a failure newer than the last success is failing (the next good window heals
 * it); nothing yet is never-synced; otherwise healthy.
 */
export function healthOf(s: HealthInputs): Health {
  if (!s.enabled) return 'disabled';
  if (s.lastErrorAt !== null && (s.lastSyncAt === null || s.lastErrorAt > s.lastSyncAt)) return 'failing';
  if (s.lastSyncAt === null) return 'never-synced';
  return 'healthy';
}
