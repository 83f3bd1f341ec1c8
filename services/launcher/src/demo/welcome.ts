import type { ModuleName } from '../modules.ts';
import { demoTraceparent, observabilityLines } from './observability-links.ts';
import type { Demo } from './seed.ts';

/** What `npm start --demo` prints: who is who, and the three calls of the engage → approve → audit flow. */
export function printWelcome(demo: Demo, url: (name: ModuleName) => string): void {
  const { users } = demo;
  const engagement = JSON.stringify({
    vendorId: demo.vendors.acmeAv,
    eventId: demo.eventId,
    serviceLine: 'led-wall',
    unit: 'day',
    quantity: 3,
    startsOn: '2027-03-09',
    endsOn: '2027-03-12',
  });
  console.log(`
The Playbook is running with demo data (organization ${demo.orgId}).
  Client "Northwind Traders" ${demo.clientId}, event "Northwind Summit 2027" ${demo.eventId}
  Vendors: Acme AV ${demo.vendors.acmeAv} (LED wall 4,200.00 USD/day), Bright Catering ${demo.vendors.brightCatering}
  Services: ${(['directory', 'events', 'vendors', 'spend', 'approvals', 'activity'] as const).map((m) => `${m} ${url(m)}`).join(', ')}
  (each has /openapi.json, /healthz, /readyz, /metrics)

People (tokens valid 24 h):
  export ALEX=${users.alex.token}   # admin, whole organization
  export PAT=${users.pat.token}     # producer on the event
  export FRAN=${users.fran.token}   # finance, whole organization
  export VIC=${users.vic.token}     # viewer on the event

1. Pat engages Acme AV for an LED wall, 3 days (12,600.00 USD, above a producer's own threshold):
  curl -s -X POST ${url('vendors')}/engagements -H "authorization: Bearer $PAT" -H 'content-type: application/json' \\
       -H 'idempotency-key: demo-engagement-1' -H 'x-correlation-id: demo-flow-1' -H 'traceparent: ${demoTraceparent}' -d '${engagement}'
   Spend raises the purchase order:   curl -s "${url('spend')}/purchase-orders?eventId=${demo.eventId}" -H "authorization: Bearer $PAT"
2. Fran sees the approval waiting for finance and grants it (use the approvalRequestId from the list):
  curl -s ${url('approvals')}/approvals/pending -H "authorization: Bearer $FRAN"
  curl -s -X POST ${url('approvals')}/approvals/<approvalRequestId>/grant -H "authorization: Bearer $FRAN" -H 'content-type: application/json' \\
       -H 'x-correlation-id: demo-flow-1' -H 'traceparent: ${demoTraceparent}' -d '{"comment":"Within budget"}'
3. The whole story of that flow, in order, with who did what:
  curl -s "${url('activity')}/activity?correlationId=demo-flow-1" -H "authorization: Bearer $ALEX"

${observabilityLines()}

Stop with Ctrl-C (the infrastructure keeps running: npm run infra -- down).
`);
}
