import { refuseSharedInfrastructure } from './guard.ts';
import { formatReport, runChaos } from './run.ts';

/**
 * npm run chaos — faults under load, against an infrastructure copy of your own (see guard.ts).
 * CHAOS_SECONDS (default 120), CHAOS_RATE (flow-1 requests per second, default 4),
 * CHAOS_KILL_EVERY_MS (a random module killed -9, default 6000).
 */
refuseSharedInfrastructure(process.env);
const report = await runChaos({
  seconds: Number(process.env.CHAOS_SECONDS ?? 120),
  rate: Number(process.env.CHAOS_RATE ?? 4),
  killEveryMs: Number(process.env.CHAOS_KILL_EVERY_MS ?? 6000),
  env: process.env,
});
console.log(`\n${formatReport(report)}`);
process.exit(report.held ? 0 : 1);
