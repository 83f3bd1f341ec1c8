// npm run rebuild --workspace @playbook/search — with the search module stopped; start it again to replay.
import { createKafka } from '@playbook/bus-kafka/kafka';
import { connect } from '@playbook/db/client';
import { kitEnv, loadEnvOrExit } from '@playbook/service-kit/env';
import { createLogger } from '@playbook/telemetry/logger';
import { rebuildIndex } from './rebuild.ts';

const env = loadEnvOrExit(kitEnv);
const log = createLogger('search-rebuild', env.LOG_LEVEL);
const schema = env.DB_SCHEMA ?? 'search';
const sql = connect({ url: env.DATABASE_URL, schema, max: 1, applicationName: 'search-rebuild' });
const group = env.BUS_NAMESPACE ? `${env.BUS_NAMESPACE}.search` : 'search';
try {
  const { topics } = await rebuildIndex({
    sql,
    kafka: createKafka({ clientId: 'search-rebuild', brokers: env.KAFKA_BROKERS, log }),
    group,
  });
  log.info({ group, topics }, 'search index emptied and its consumer group reset: start the module to rebuild');
} finally {
  await sql.end();
}
