/** The shared infrastructure's default ports: chaos restarts the broker and PostgreSQL, never those. */
const SHARED = {
  PLAYBOOK_PG_PORT: '25432',
  PLAYBOOK_KAFKA_PORT: '29092',
  PLAYBOOK_KAFKA_CONTROLLER_PORT: '29093',
} as const;

/**
 * Refuses to run unless Kafka and PostgreSQL are a copy of your own: their ports set away from the
 * shared defaults, the connection settings pointing at them, and their state in a directory of its own
 * (PLAYBOOK_STATE_DIR), since the chaos command stops and starts the broker and the database. The
 * schema registry, Zipkin and Prometheus are never restarted, so the shared ones serve.
 */
export function refuseSharedInfrastructure(env: Record<string, string | undefined>): void {
  const problems = Object.entries(SHARED)
    .filter(([name, shared]) => !env[name] || env[name] === shared)
    .map(([name]) => `${name} must be set to a port of your own infrastructure copy`);
  if (!env.PLAYBOOK_STATE_DIR) problems.push('PLAYBOOK_STATE_DIR must name the directory of that copy');
  const pg = env.PLAYBOOK_PG_PORT;
  const kafka = env.PLAYBOOK_KAFKA_PORT;
  if (pg && !env.DATABASE_URL?.includes(`:${pg}/`)) problems.push(`DATABASE_URL must point at port ${pg}`);
  if (kafka && !env.KAFKA_BROKERS?.includes(`:${kafka}`)) problems.push(`KAFKA_BROKERS must point at port ${kafka}`);
  if (problems.length > 0) {
    console.error(
      `chaos restarts Kafka and PostgreSQL: it runs only against an infrastructure copy of your own.\n  ${problems.join('\n  ')}\nStart one (see README, "Proving it holds"), source its env file, and run again.`,
    );
    process.exit(2);
  }
}
