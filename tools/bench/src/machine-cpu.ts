import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/stat (USER_HZ: 100 on Linux). */
const USER_HZ = 100;

/**
 * CPU time the whole machine has spent busy (user, nice, system, irq, softirq; all cores), in
 * microseconds, from /proc/stat; NaN where there is none (not Linux). Differences of two readings
 * give what PostgreSQL, Kafka and this process used together.
 */
export function machineBusyUs(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = fields;
    return ((user + nice + system + irq + softirq) * 1_000_000) / USER_HZ;
  } catch {
    return Number.NaN;
  }
}

/** Starts counting CPU; the returned function gives this process's and the whole machine's since then, in µs. */
export function cpuMeter(): () => { processUs: number; machineUs: number } {
  const process0 = process.cpuUsage();
  const machine0 = machineBusyUs();
  return () => {
    const used = process.cpuUsage(process0);
    return { processUs: used.user + used.system, machineUs: machineBusyUs() - machine0 };
  };
}
