import type { RunningLayout } from '@playbook/launcher/layout';
import type { ModuleName } from '@playbook/launcher/modules';
import type { Kafka } from 'kafkajs';
import { restartInfra, sendPoison } from './faults.ts';
import type { ChaosReport } from './report.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface FaultSchedule {
  /** The load runs from `start` to `end` (epoch ms); faults fall at fixed fractions of it. */
  start: number;
  end: number;
  killEveryMs: number;
  modules: ModuleName[];
  /** Killed in this order (cycling) instead of at random, when given. */
  victims?: ModuleName[] | undefined;
  running: RunningLayout;
  kafka: Kafka;
  /** Where the poison goes (every group consuming it must park all of it). */
  poisonTopic: string;
  env: Record<string, string | undefined>;
  say: (text: string) => void;
}

/**
 * Until `end`: a random module killed -9 every `killEveryMs` (the supervisor restarts it), ten poison
 * messages at 30 % of the run, Kafka restarted at 45 % and PostgreSQL at 70 %. Counts into `faults`.
 */
export async function injectFaults(s: FaultSchedule, faults: ChaosReport['faults']): Promise<void> {
  const at = (fraction: number) => s.start + (s.end - s.start) * fraction;
  let kafkaDone = false;
  let pgDone = false;
  let poisonDone = false;
  let kills = 0;
  while (Date.now() < s.end) {
    await pause(s.killEveryMs);
    const victim = s.victims?.length
      ? s.victims[kills++ % s.victims.length]!
      : s.modules[Math.floor(Math.random() * s.modules.length)]!;
    const pid = s.running.pid(victim);
    if (pid && s.running.status().find((c) => c.name === victim)?.state === 'running') {
      process.kill(pid, 'SIGKILL');
      faults['kill -9 a module']++;
      s.say(`kill -9 ${victim} (pid ${pid})`);
    }
    if (!poisonDone && Date.now() > at(0.3)) {
      faults['poison messages'] += await sendPoison(s.kafka, s.poisonTopic, 10);
      poisonDone = true;
      s.say('10 poison messages on the vendors topic');
    }
    if (!kafkaDone && Date.now() > at(0.45)) {
      s.say('restarting Kafka');
      await restartInfra('kafka', s.env);
      faults['restart Kafka']++;
      kafkaDone = true;
    }
    if (!pgDone && Date.now() > at(0.7)) {
      s.say('restarting PostgreSQL');
      await restartInfra('postgres', s.env);
      faults['restart PostgreSQL']++;
      pgDone = true;
    }
  }
}
