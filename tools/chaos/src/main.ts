import type { ModuleName } from '@playbook/launcher/modules';
import { refuseSharedInfrastructure } from './guard.ts';
import { formatReport } from './report.ts';
import { runChaos } from './run.ts';

/**
 * npm run chaos — faults under load, against an infrastructure copy of your own (see guard.ts).
 * CHAOS_SECONDS (default 120), CHAOS_RATE (flow-1 engagements per second, default 4),
 * CHAOS_RAMP_WINDOW_EVERY_MS (flow 2: a Ramp window of four charges, default 2000),
 * CHAOS_WON_DEAL_EVERY_MS (flow 3: a won HubSpot deal, default 3000),
 * CHAOS_KILL_EVERY_MS (a random module killed -9, default 6000), CHAOS_VICTIMS (modules killed in this order
 * instead, e.g. to replay a run: ai,assets,vendors), CHAOS_MODULE_LOG_LEVEL (the modules' logs, shown when set).
 */
refuseSharedInfrastructure(process.env);
const report = await runChaos({
  seconds: Number(process.env.CHAOS_SECONDS ?? 120),
  rate: Number(process.env.CHAOS_RATE ?? 4),
  rampWindowEveryMs: Number(process.env.CHAOS_RAMP_WINDOW_EVERY_MS ?? 2000),
  wonDealEveryMs: Number(process.env.CHAOS_WON_DEAL_EVERY_MS ?? 3000),
  killEveryMs: Number(process.env.CHAOS_KILL_EVERY_MS ?? 6000),
  victims: process.env.CHAOS_VICTIMS?.split(',') as ModuleName[] | undefined,
  env: process.env,
});
console.log(`\n${formatReport(report)}`);
process.exit(report.held ? 0 : 1);
