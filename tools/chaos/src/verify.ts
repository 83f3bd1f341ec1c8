import postgres from 'postgres';
import type { Effects } from './effects.ts';
import type { LoadResults } from './loads.ts';
import type { FlowName } from './report.ts';
import { cardSpendEffects } from './verify-card-spend.ts';
import { engageVendorEffects } from './verify-engage-vendor.ts';
import { pipelineEffects } from './verify-pipeline.ts';

/**
 * What the modules' own databases show of each flow's accepted units. While any is lost (a consumer
 * still working through its backlog), looks again every 2 s until `until`.
 */
export async function effectsOfFlows(
  databaseUrl: string,
  schemaOf: (m: string) => string,
  orgId: string,
  loads: LoadResults,
  until: number,
): Promise<Record<FlowName, Effects>> {
  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    for (;;) {
      const effects = {
        engageVendor: await engageVendorEffects(db, schemaOf, loads.engageVendor.accepted),
        cardSpend: await cardSpendEffects(db, schemaOf, loads.cardSpend.accepted),
        pipeline: await pipelineEffects(db, schemaOf, orgId, loads.pipeline.accepted),
      };
      if (Object.values(effects).every((e) => e.lost.length === 0) || Date.now() > until) return effects;
      await new Promise((r) => setTimeout(r, 2000));
    }
  } finally {
    await db.end();
  }
}
