import type { Demo } from '@playbook/launcher/demo';
import type { Kafka } from 'kafkajs';
import { cardSpendLoad } from './card-spend-load.ts';
import { connectorWire } from './connector-wire.ts';
import { steadyLoad } from './engage-vendor-load.ts';
import { pipelineLoad } from './pipeline-load.ts';

export interface LoadRates {
  /** Flow 1: engagements offered per second. */
  engagementsPerSecond: number;
  /** Flow 2: one Ramp window (of `chargesPerWindow` charges) this often. */
  rampWindowEveryMs: number;
  chargesPerWindow: number;
  /** Flow 3: one more won HubSpot deal (and its window) this often. */
  wonDealEveryMs: number;
}

/**
 * The three flows' steady loads, started and stopped together: flow 1 through vendors' HTTP API,
 * flows 2 and 3 with chaos playing the Ramp and HubSpot connectors on the wire.
 */
export async function startLoads(o: {
  demo: Demo;
  vendorsUrl: () => string;
  kafka: Kafka;
  bus: { registryUrl: string; namespace: string; version: string };
  rates: LoadRates;
  say: (text: string) => void;
}) {
  const wire = await connectorWire(o.kafka, o.bus);
  const engagements = steadyLoad(o.vendorsUrl, o.demo, o.rates.engagementsPerSecond);
  const charges = await cardSpendLoad({
    demo: o.demo,
    wire,
    everyMs: o.rates.rampWindowEveryMs,
    perWindow: o.rates.chargesPerWindow,
    say: o.say,
  });
  const deals = await pipelineLoad({ orgId: o.demo.orgId, wire, everyMs: o.rates.wonDealEveryMs, say: o.say });
  return {
    async stop() {
      const [engageVendor, cardSpend, pipeline] = await Promise.all([engagements.stop(), charges.stop(), deals.stop()]);
      await wire.stop();
      return { engageVendor, cardSpend, pipeline };
    },
  };
}
export type LoadResults = Awaited<ReturnType<Awaited<ReturnType<typeof startLoads>>['stop']>>;
