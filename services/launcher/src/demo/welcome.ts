import { MODULES, type ServiceName } from '../modules.ts';
import type { RunningSandboxes } from '../sandboxes.ts';
import { demoTraceparent, observabilityLines } from './observability-links.ts';
import { vendorsWelcome } from './seed-vendors.ts';
import { FLOW_2_CORRELATION, FLOW_3_CORRELATION } from './seed-flows.ts';
import type { Demo } from './seed.ts';
import { connectorsLine, connectorsWelcome } from './welcome-connectors.ts';

/** What `npm start --demo` prints: who is who, and the three calls of the engage → approve → audit flow. */
export function printWelcome(demo: Demo, url: (name: ServiceName) => string, sandboxes: RunningSandboxes): void {
  const { users } = demo;
  const engagement = JSON.stringify({
    vendorId: demo.vendors.acmeAv,
    eventId: demo.eventId,
    serviceLine: 'led-wall',
    unit: 'day',
    quantity: 3,
    startsOn: '2027-03-09',
    endsOn: '2027-03-12',
    bomLineId: demo.budget.ledWallLineId,
  });
  console.log(`
The Playbook is running with demo data (organization ${demo.orgId}).
  Client "Northwind Traders" ${demo.clientId}, event "Northwind Summit 2027" ${demo.eventId}
  Vendors: Acme AV ${demo.vendors.acmeAv} (LED wall 4,200.00 USD/day), Bright Catering ${demo.vendors.brightCatering}
  MSA with Acme AV, signed, 2026–2027: ${demo.contracts.acmeMsa}
  Services: ${MODULES.map((m) => `${m.name} ${url(m.name)}`).join(', ')}
${connectorsLine(url, sandboxes)}
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
   Contracts drafts its SOW, under the Acme MSA (Pat names the signatories and sends it for the internal sign-off):
  curl -s "${url('contracts')}/contracts?eventId=${demo.eventId}&kind=SOW" -H "authorization: Bearer $PAT"
  curl -s -X POST ${url('contracts')}/contracts/<contractId>/send -H "authorization: Bearer $PAT" -H 'content-type: application/json' -d '{"signatories":["pm@acme-av.example"]}'
2. Fran sees the approval waiting for finance and grants it (use the approvalRequestId from the list):
  curl -s ${url('approvals')}/approvals/pending -H "authorization: Bearer $FRAN"
  curl -s -X POST ${url('approvals')}/approvals/<approvalRequestId>/grant -H "authorization: Bearer $FRAN" -H 'content-type: application/json' \\
       -H 'x-correlation-id: demo-flow-1' -H 'traceparent: ${demoTraceparent}' -d '{"comment":"Within budget"}'
   Watch the budget move: the LED wall line commits 12,600.00 once Fran grants (planned / committed / actual):
  curl -s ${url('budget')}/events/${demo.eventId}/budget -H "authorization: Bearer $PAT"
   Revise a line by more than 2,500.00 and BomLineRevised asks for a sign-off; lock the plan when it is final:
  curl -s -X PATCH ${url('budget')}/events/${demo.eventId}/budget/lines/${demo.budget.ledWallLineId} -H "authorization: Bearer $PAT" -H 'content-type: application/json' -d '{"quantity":4,"reason":"fourth show day"}'
3. The whole story of that flow, in order, with who did what:
  curl -s "${url('activity')}/activity?correlationId=demo-flow-1" -H "authorization: Bearer $ALEX"
4. See the tasks: the "Summit run-of-show" template made them, due relative to the event's dates (and Fran gets one per approval):
  curl -s "${url('work')}/work-items?eventId=${demo.eventId}" -H "authorization: Bearer $PAT"
  curl -s -X POST ${url('work')}/work-items/<workItemId>/status -H "authorization: Bearer $PAT" -H 'content-type: application/json' -d '{"to":"doing"}'
5. The client's brand kit, and the title slide in two versions; Pat approves version 2:
  curl -s "${url('assets')}/brand-kits?clientId=${demo.clientId}" -H "authorization: Bearer $PAT"
  curl -s -X POST ${url('assets')}/assets/${demo.assets.assetId}/approve -H "authorization: Bearer $PAT" -H 'content-type: application/json' -d '{"version":2}'
6. Catering was engaged against its BOM line for 250 lunches and amended to 300 (its pending PO followed); change it again,
   or call it off — its PO is cancelled, its approval withdrawn and the budget un-commits:
${vendorsWelcome(url('vendors'), demo.engagements).join('\n')}
7. The AI orchestrator flagged Bright Catering's VIP lunch, engaged above its rate card (every number cited); push back, or ask it:
  curl -s "${url('ai')}/heads-ups?eventId=${demo.eventId}" -H "authorization: Bearer $PAT"
  curl -s -X POST ${url('ai')}/heads-ups/<headsUpId>/push-back -H "authorization: Bearer $PAT" -H 'content-type: application/json' -d '{"reason":"Premium menu agreed with the client"}'
  curl -s -X POST ${url('ai')}/runs -H "authorization: Bearer $ALEX" -H 'content-type: application/json' -d '{"subjectType":"vendor","subjectId":"${demo.vendors.acmeAv}"}'
8. Search every record you may read (prefixes and typos welcome); Pat's top results for "${demo.search.query}":
  curl -s "${url('search')}/search?q=${encodeURIComponent(demo.search.query)}" -H "authorization: Bearer $PAT"
${demo.search.hits.map((h) => `    → ${h}`).join('\n')}
${integrationsWelcome(demo, url, sandboxes.url('google')).join('\n')}
${connectorsWelcome(demo.connectors, url).join('\n')}

${observabilityLines()}

Stop with Ctrl-C (the infrastructure keeps running: npm run infra -- down).
`);
}

/** Step 9: what the connectors brought in (one line per window asked), flows 3 and 2 as they ran, and where to look. */
function integrationsWelcome(
  demo: Demo,
  url: (name: ServiceName) => string,
  googleSandbox: string | undefined,
): string[] {
  const { window, windows, pipeline, cardSpend } = demo.integrations;
  const told = windows.map((w) =>
    w.status === 'fetched'
      ? `    ${w.system} ${w.dataset}: ${w.accepted ?? 0} accepted`
      : `    ${w.system} ${w.dataset}: ${w.status}${w.error ? ` (${w.error.slice(0, 80)})` : ''}`,
  );
  const alex = '-H "authorization: Bearer $ALEX"';
  const flow3 = pipeline
    ? [
        `   Flow 3, pipeline to event: Northwind Traders' won HubSpot deal "${pipeline.dealName}" became the event ${pipeline.eventId}`,
        `   under Northwind Traders (${pipeline.startsOn} to ${pipeline.endsOn}), with the run-of-show tasks and a Google Calendar entry`,
        '   (the window’s other won deals became events too). Its story, from the window asked to the calendar entry:',
        `  curl -s "${url('activity')}/activity?correlationId=${FLOW_3_CORRELATION}&eventId=${pipeline.eventId}" ${alex}`,
        `  curl -s "${url('work')}/work-items?eventId=${pipeline.eventId}" ${alex}`,
        ...(googleSandbox ? [`  curl -s ${googleSandbox}/sandbox/calendars/primary`] : []),
      ]
    : ['   A won HubSpot deal becomes an event (flow 3: work template, Google Calendar entry).'];
  const flow2 = cardSpend
    ? [
        `   Flow 2, card spend: Alex planned the launch's site visit (${money(cardSpend.plannedMinor)} USD); the crew's ${cardSpend.charges.length} Ramp charges`,
        `   tagged to it (${money(cardSpend.totalMinor)} USD) were allocated to that line: the budget crossed 80 % and 100 %, the AI raised`,
        '   heads-ups (over the line, over the budget) and Slack alerted the channel to each:',
        `  curl -s ${url('budget')}/events/${cardSpend.eventId}/budget ${alex}`,
        `  curl -s "${url('ai')}/heads-ups?eventId=${cardSpend.eventId}" ${alex}`,
        `  curl -s "${url('activity')}/activity?correlationId=${FLOW_2_CORRELATION}&eventId=${cardSpend.eventId}" ${alex}`,
      ]
    : ['   Ramp card charges tagged to an event and a BOM line go to its budget (flow 2).'];
  return [
    `9. Connectors: Alex enabled all nine and asked each inbound one for ${window.from.slice(0, 10)} to ${window.to.slice(0, 10)}:`,
    ...told,
    ...flow3,
    ...flow2,
    '   NetSuite linked the vendors; Bizzabo registrations and NPS landed on the linked event; Nexonia expenses and Ramp’s',
    '   other charges went to spend. Health, last sync and counts per connector, the windows asked, and a backfill of more:',
    `  curl -s ${url('integrations')}/connectors ${alex}`,
    `  curl -s ${url('integrations')}/connectors/hubspot/windows ${alex}`,
    `  curl -s "${url('events')}/events" ${alex}`,
    '  npm run playbook -- sync ramp --from 2026-01-01 --to 2026-02-01 --window 1d',
  ];
}

const money = (minor: number) =>
  (minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
