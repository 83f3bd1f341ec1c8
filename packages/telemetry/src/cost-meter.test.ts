import { describe, expect, it } from 'vitest';
import { countRoundTrip, metered, noteRule, readMeter } from './cost-meter.ts';

describe('the cost meter', () => {
  it('counts round trips and rules of its own unit of work only, across awaits', async () => {
    const a = metered(async () => {
      countRoundTrip();
      await new Promise((resolve) => setTimeout(resolve, 5));
      countRoundTrip();
      noteRule({ name: 'permission', parameters: { permission: 'bom.write' } });
      noteRule({ name: 'permission', parameters: { permission: 'bom.write' } });
      return readMeter();
    });
    const b = metered(async () => {
      countRoundTrip();
      return readMeter();
    }, [{ name: 'subscription', parameters: { consumer: 'x' } }]);
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra).toMatchObject({
      dbRoundTrips: 2,
      rules: [{ name: 'permission', parameters: { permission: 'bom.write' } }],
    });
    expect(ra!.elapsedMs).toBeGreaterThanOrEqual(4);
    expect(rb).toMatchObject({ dbRoundTrips: 1, rules: [{ name: 'subscription', parameters: { consumer: 'x' } }] });
  });

  it('reads nothing outside a unit of work, and counting there is harmless', () => {
    countRoundTrip();
    noteRule({ name: 'n', parameters: {} });
    expect(readMeter()).toBeUndefined();
  });
});
