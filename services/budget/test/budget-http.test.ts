import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BudgetWorld, body, eventually, startBudgetWorld } from './budget-world.ts';

let w: BudgetWorld;
const lines: Record<string, string> = {};
const line = (category: string, description: string, quantity: number, unitCostMinor: number, extra = {}) => ({
  category,
  description,
  quantity,
  unitCostMinor,
  currency: 'USD',
  ...extra,
});

beforeAll(async () => {
  process.env.BUDGET_SIGN_OFF_THRESHOLD_MINOR = '100000';
  w = await startBudgetWorld('budget-http');
  for (const eventId of ['event-a', 'event-b'])
    await w.handled('record-event-when-event-created', await w.announceEvent(eventId));
}, 120_000);
afterAll(async () => {
  delete process.env.BUDGET_SIGN_OFF_THRESHOLD_MINOR;
  await w?.world.dispose();
});

describe('a budget and its BOM lines over HTTP', () => {
  it('opens one budget per event with its unassigned line', async () => {
    const res = await w.request('POST', '/events/event-a/budget', 'producer-a', { currency: 'USD' });
    expect(res.status).toBe(201);
    const budget = await body(res);
    expect(budget).toMatchObject({ eventId: 'event-a', clientId: 'client-1', currency: 'USD', status: 'open' });
    expect(budget.lines).toMatchObject([{ kind: 'unassigned', plannedMinor: 0 }]);
    const again = await w.request('POST', '/events/event-a/budget', 'admin', { currency: 'USD' });
    expect([again.status, (await body(again)).code]).toEqual([409, 'BUDGET.EXISTS']);
    const [created, ...more] = await w.outbox('budget.BudgetCreated');
    expect(more).toHaveLength(0);
    expect(created!.payload).toMatchObject({
      actor: { id: 'producer-a' },
      scope: { eventId: 'event-a', clientId: 'client-1' },
      counts: { budgets: 1, lines: 1 },
      payload: { budgetId: budget.budgetId, origin: 'explicit', unassignedLineId: budget.lines[0].lineId },
    });
  });

  it('adds lines and totals the plan per line and per event', async () => {
    const add = async (key: string, payload: object) => {
      const res = await w.request('POST', '/events/event-a/budget/lines', 'producer-a', payload);
      expect(res.status).toBe(201);
      lines[key] = (await body(res)).lineId;
    };
    await add('led', line('av', 'LED wall 6 × 3 m', 3, 420_000, { vendorId: 'acme', status: 'quoted' }));
    await add('lunch', line('catering', 'Lunch, day 1', 200, 4_500));
    await add('techs', line('av', 'Lighting technicians', 4, 95_000));
    const budget = await w.readBudget();
    expect(budget.totals).toMatchObject({ plannedMinor: 2_540_000, committedMinor: 0, actualMinor: 0 });
    expect(budget.lines.find((l: { lineId: string }) => l.lineId === lines.led)).toMatchObject({
      plannedMinor: 1_260_000,
      vendorId: 'acme',
      status: 'quoted',
    });
    const added = await w.outbox('budget.BomLineAdded');
    expect(added).toHaveLength(3);
    expect(added[0]!.payload).toMatchObject({ counts: { affected: 1 }, payload: { plannedMinor: 1_260_000 } });
  });

  it('opens the budget implicitly with the first line of another event', async () => {
    const res = await w.request(
      'POST',
      '/events/event-b/budget/lines',
      'producer-b',
      line('venue', 'Hall B', 1, 10_000),
    );
    expect(res.status).toBe(201);
    const budget = await body(await w.request('GET', '/events/event-b/budget', 'producer-b'));
    expect([budget.origin, budget.totals.plannedMinor, budget.lines.length]).toEqual(['first-line', 10_000, 2]);
  });

  it('asks for a sign-off only when a revision moves the plan by more than the threshold', async () => {
    const revise = async (payload: object) => {
      const res = await w.request('PATCH', `/events/event-a/budget/lines/${lines.techs}`, 'producer-a', payload);
      expect(res.status).toBe(200);
      return body(res);
    };
    expect(await revise({ quantity: 5 })).toMatchObject({ plannedMinor: 475_000 });
    expect(await revise({ quantity: 6, reason: 'second stage' })).toMatchObject({ plannedMinor: 570_000 });
    await revise({ quantity: 7.5, status: 'confirmed' });
    await revise({ quantity: 7.5 }); // nothing changes: nothing published
    const revised = await w.outbox('budget.BomLineRevised');
    expect(revised.map((r) => [r.payload.payload.deltaMinor, r.payload.payload.signOffRequired])).toEqual([
      [95_000, false],
      [95_000, false],
      [142_500, true],
    ]);
    expect(revised[2]!.payload).toMatchObject({
      rules: expect.arrayContaining([
        expect.objectContaining({
          name: 'budget.sign-off-threshold',
          parameters: expect.objectContaining({ thresholdMinor: '100000' }),
        }),
      ]),
      payload: { signOffThresholdMinor: 100_000, previousPlannedMinor: 570_000, status: 'confirmed' },
    });
    expect(revised[1]!.payload.payload.reason).toBe('second stage');
  });

  it('refuses edits to people without bom.write at the event, and leaves no outbox row', async () => {
    const before = (await w.outbox()).length;
    for (const who of ['viewer-a', 'producer-b', 'contributor-a'] as const) {
      const attempts = [
        await w.request('POST', '/events/event-a/budget/lines', who, line('av', 'Extra', 1, 1)),
        await w.request('PATCH', `/events/event-a/budget/lines/${lines.led}`, who, { quantity: 1 }),
        await w.request('DELETE', `/events/event-a/budget/lines/${lines.lunch}`, who),
        await w.request('POST', '/events/event-a/budget/lock', who),
      ];
      expect(attempts.map((r) => r.status)).toEqual([403, 403, 403, 403]);
      expect((await body(attempts[0]!)).code).toBe('AUTH.FORBIDDEN');
    }
    expect((await w.request('GET', '/events/event-a/budget', 'viewer-a')).status).toBe(200);
    expect((await w.request('GET', '/events/event-a/budget', 'contributor-a')).status).toBe(200);
    expect((await w.request('GET', '/events/event-a/budget', 'producer-b')).status).toBe(403);
    expect((await w.outbox()).length).toBe(before);
  });

  it('answers bad input and unknown things with problem+json', async () => {
    const negative = await w.request('POST', '/events/event-a/budget/lines', 'admin', line('av', 'x', -1, 5));
    expect([negative.status, (await body(negative)).code]).toEqual([400, 'HTTP.VALIDATION_FAILED']);
    const onlyReason = await w.request('PATCH', `/events/event-a/budget/lines/${lines.led}`, 'admin', { reason: 'r' });
    expect(onlyReason.status).toBe(400);
    const euros = await w.request('POST', '/events/event-a/budget/lines', 'admin', {
      ...line('av', 'x', 1, 5),
      currency: 'EUR',
    });
    expect([euros.status, (await body(euros)).code]).toEqual([422, 'BUDGET.CURRENCY_MISMATCH']);
    const unknownEvent = await w.request('GET', '/events/event-z/budget', 'admin');
    expect([unknownEvent.status, (await body(unknownEvent)).code]).toEqual([404, 'BUDGET.EVENT_UNKNOWN']);
    const unknownLine = await w.request('PATCH', '/events/event-a/budget/lines/nope', 'admin', { quantity: 1 });
    expect([unknownLine.status, (await body(unknownLine)).code]).toEqual([404, 'BUDGET.LINE_NOT_FOUND']);
    const unassigned = (await w.readBudget()).lines.find((l: { kind: string }) => l.kind === 'unassigned').lineId;
    const fixed = await w.request('DELETE', `/events/event-a/budget/lines/${unassigned}`, 'admin');
    expect([fixed.status, (await body(fixed)).code]).toEqual([409, 'BUDGET.UNASSIGNED_LINE']);
  });

  it('removes a line and takes it out of the plan', async () => {
    const res = await w.request('DELETE', `/events/event-a/budget/lines/${lines.lunch}`, 'producer-a');
    expect([res.status, (await body(res)).removed]).toEqual([200, true]);
    const budget = await w.readBudget();
    expect(budget.lines.map((l: { lineId: string }) => l.lineId)).not.toContain(lines.lunch);
    expect(budget.totals.plannedMinor).toBe(1_260_000 + 712_500);
    const [removed] = await w.outbox('budget.BomLineRemoved');
    expect(removed!.payload.payload).toMatchObject({
      lineId: lines.lunch,
      plannedMinor: 900_000,
      removedBy: 'producer-a',
    });
  });

  it('locks the budget; a locked budget refuses every edit with 409', async () => {
    const res = await w.request('POST', '/events/event-a/budget/lock', 'producer-a');
    expect([res.status, (await body(res)).status]).toEqual([200, 'locked']);
    const before = (await w.outbox()).length;
    const refused = [
      await w.request('POST', '/events/event-a/budget/lock', 'producer-a'),
      await w.request('POST', '/events/event-a/budget/lines', 'producer-a', line('av', 'Extra', 1, 1)),
      await w.request('PATCH', `/events/event-a/budget/lines/${lines.led}`, 'producer-a', { quantity: 1 }),
      await w.request('DELETE', `/events/event-a/budget/lines/${lines.techs}`, 'admin'),
    ];
    for (const r of refused) expect([r.status, (await body(r)).code]).toEqual([409, 'BUDGET.LOCKED']);
    expect((await w.outbox()).length).toBe(before);
    const [locked] = await w.outbox('budget.BudgetLocked');
    expect(locked!.payload).toMatchObject({
      counts: { lines: 2 },
      payload: { lines: 2, plannedMinor: 1_972_500, committedMinor: 0, lockedBy: 'producer-a' },
    });
  });

  it('publishes what it wrote onto the budget topic', async () => {
    await eventually(async () => {
      const rows = await w.sql()`select 1 from outbox where published_at is null`;
      expect(rows).toHaveLength(0);
    });
  });
});
