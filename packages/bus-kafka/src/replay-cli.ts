#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createLogger } from '@playbook/telemetry/logger';
import { createKafka } from './kafka.ts';
import { redriveDeadLetters, resetConsumerGroup } from './replay.ts';

const USAGE = `usage:
  playbook-bus reset  --group <group> --topic <topic> --to earliest|latest|<ISO timestamp>
  playbook-bus redrive --group <group> --topic <topic>
environment: KAFKA_BROKERS (comma separated)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { group: { type: 'string' }, topic: { type: 'string' }, to: { type: 'string', default: 'earliest' } },
});
const [command] = positionals;
const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
if (!command || !values.group || !values.topic || brokers.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const kafka = createKafka({ clientId: 'playbook-bus-cli', brokers, log: createLogger('playbook-bus', 'warn') });

if (command === 'reset') {
  const to = values.to === 'earliest' || values.to === 'latest' ? values.to : new Date(values.to!);
  if (to instanceof Date && Number.isNaN(to.getTime())) {
    console.error(`--to must be earliest, latest or an ISO timestamp, not "${values.to}"`);
    process.exit(2);
  }
  await resetConsumerGroup(kafka, values.group, values.topic, to);
  console.log(`reset ${values.group} on ${values.topic} to ${values.to}`);
} else if (command === 'redrive') {
  const count = await redriveDeadLetters(kafka, values.topic, values.group);
  console.log(`re-drove ${count} message(s) from ${values.topic}.dlq.${values.group} to their original topic`);
} else {
  console.error(USAGE);
  process.exit(2);
}
