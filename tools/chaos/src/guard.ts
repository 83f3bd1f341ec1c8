/** The shared infrastructure's default ports: chaos restarts the broker and PostgreSQL, never those. */
const SHARED = {
  PLAYBOOK_PG_PORT: '55432',
  PLAYBOOK_KAFKA_PORT: '59092',
  PLAYBOOK_KAFKA_CONTROLLER_PORT: '59093',
  PLAYBOOK_REGISTRY_PORT: '58081',
  PLAYBOOK_REGISTRY_MANAGEMENT_PORT: '58082',
  PLAYBOOK_ZIPKIN_PORT: '59411',
  PLAYBOOK_PROMETHEUS_PORT: '59090',
} as const;

/**
 * Refuses to run unless every port of the infrastructure is set away from the shared defaults and
 * the connection settings point at them: the chaos command stops the broker and the database.
 */
export function refuseSharedInfrastructure(env: Record<string, string | undefined>): void {
  const problems = Object.entries(SHARED)
    .filter(([name, shared]) => !env[name] || env[name] === shared)
    .map(([name]) => `${name} must be set to a port of your own infrastructure copy`);
  const pg = env.PLAYBOOK_PG_PORT;
  const kafka = env.PLAYBOOK_KAFKA_PORT;
  if (pg && !env.DATABASE_URL?.includes(`:${pg}/`)) problems.push(`DATABASE_URL must point at port ${pg}`);
  if (kafka && !env.KAFKA_BROKERS?.includes(`:${kafka}`)) problems.push(`KAFKA_BROKERS must point at port ${kafka}`);
  if (problems.length > 0) {
    console.error(
      `chaos restarts Kafka and PostgreSQL: it runs only against an infrastructure copy of your own.\n  ${problems.join('\n  ')}\nStart one on other ports (npm run infra -- up with the PLAYBOOK_*_PORT variables), source its .playbook/env, and run again.`,
    );
    process.exit(2);
  }
}
