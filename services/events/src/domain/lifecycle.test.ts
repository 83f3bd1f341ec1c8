import { describe, expect, it } from 'vitest';
import { cancel, EVENT_STATUSES, isFinal, transition, type EventStatus } from './lifecycle.ts';

const legal: [EventStatus, EventStatus][] = [
  ['draft', 'planning'],
  ['planning', 'confirmed'],
  ['confirmed', 'live'],
  ['live', 'wrapped'],
  ['wrapped', 'closed'],
];

describe('event lifecycle', () => {
  it.each(legal)('allows %s → %s', (from, to) => {
    expect(transition(from, to)).toEqual({ ok: true, from, to });
  });

  it('refuses every other move between statuses, naming from and to', () => {
    const allowed = new Set(legal.map(([f, t]) => `${f}>${t}`));
    for (const from of EVENT_STATUSES) {
      for (const to of EVENT_STATUSES) {
        if (allowed.has(`${from}>${to}`)) continue;
        expect(transition(from, to)).toMatchObject({ ok: false, from, to });
      }
    }
  });

  it.each([
    ['draft', 'confirmed'],
    ['planning', 'draft'],
    ['live', 'live'],
    ['closed', 'draft'],
    ['cancelled', 'planning'],
    ['wrapped', 'live'],
  ] as [EventStatus, EventStatus][])('refuses %s → %s (skips, backwards, repeats, after the end)', (from, to) => {
    const result = transition(from, to);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/./);
  });

  it('does not cancel through a plain transition', () => {
    expect(transition('draft', 'cancelled')).toMatchObject({ ok: false, reason: expect.stringContaining('cancel') });
  });

  it.each(['draft', 'planning', 'confirmed', 'live', 'wrapped'] as EventStatus[])('cancels from %s', (from) => {
    expect(cancel(from)).toEqual({ ok: true, from, to: 'cancelled' });
  });

  it('cannot cancel a closed or an already cancelled event', () => {
    expect(cancel('closed')).toMatchObject({ ok: false, from: 'closed', to: 'cancelled' });
    expect(cancel('cancelled')).toMatchObject({ ok: false, from: 'cancelled', to: 'cancelled' });
  });

  it('treats closed and cancelled as final', () => {
    expect(EVENT_STATUSES.filter(isFinal)).toEqual(['closed', 'cancelled']);
  });
});
