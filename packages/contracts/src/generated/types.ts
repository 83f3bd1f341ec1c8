// generated — do not edit.
// Source: schemas/ (see schemas/README.md). Regenerate with `npm run codegen`.

/** Template of every message on every topic. Codegen renames it to playbook.<module>.<EventName> and replaces the type of `payload` with the event's payload record. Nested types carry an explicit namespace so they stay playbook.envelope.* after renaming. */
export interface AuditEnvelope<P = unknown> {
  /** Deterministic id (UUIDv5) of what happened; the same fact always gets the same id. */
  messageId: string;
  /** The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged. */
  type: string;
  /** The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1. */
  schemaVersion: number;
  /** When the fact happened (not when it was sent), in epoch milliseconds. */
  occurredAt: number;
  /** Module (and connector) that published it, with its build version. */
  producer: Producer;
  /** The id of the whole business flow, end to end, across every hop. */
  correlationId: string;
  /** The messageId (or request id) that directly caused this message. */
  causationId?: string | null;
  /** Where the record lives in the data hierarchy: organization, client, event. */
  scope: Scope;
  /** Who caused it: a user, a connector, a schedule, or the AI orchestrator. */
  actor: Actor;
  /** What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }. */
  counts: Record<string, number>;
  /** Why: the filters, windows and policies applied (name + parameters). */
  rules?: Rule[];
  /** What it cost: elapsed ms, database round trips, API calls, pages, rate-limit units, retries. */
  diagnostics: Diagnostics;
  /** The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record. */
  payload: P;
}

export interface Producer {
  /** The publishing module, e.g. vendors. */
  module: string;
  /** The publishing connector, e.g. netsuite, when a connector published it. */
  connector?: string | null;
  /** Build version of the publisher. */
  version: string;
}

export interface Scope {
  /** Organization the record belongs to. */
  orgId: string;
  /** Client, for client- and event-scoped records. */
  clientId?: string | null;
  /** Live event, for event-scoped records. */
  eventId?: string | null;
}

export interface Actor {
  /** What kind of actor caused it. */
  kind: ActorKind;
  /** Id of the user, connector code, schedule name or AI run. */
  id: string;
  /** Human-readable name of the actor, when known. */
  displayName?: string | null;
}

export type ActorKind = 'user' | 'connector' | 'schedule' | 'ai' | 'system';

export interface Rule {
  /** Name of the filter, window or policy. */
  name: string;
  /** Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }. */
  parameters: Record<string, string>;
}

export interface Diagnostics {
  /** Wall-clock time spent, in milliseconds. */
  elapsedMs?: number | null;
  /** Queries sent to the module's database by the unit of work, up to this event. */
  dbRoundTrips?: number | null;
  /** Calls made to external APIs. */
  apiCalls?: number | null;
  /** Pages fetched. */
  pages?: number | null;
  /** Rate-limit units consumed. */
  rateLimitUnits?: number | null;
  /** Retries performed. */
  retries?: number | null;
}

/** An AI run finished: what triggered it, every tool call with its arguments and result, and its output (or why the output was refused). */
export interface AiRunCompletedPayload {
  /** Aggregate id of the run (the Kafka message key). */
  runId: string;
  /** What started it: event (a fact on the bus) or request (someone asked over HTTP). */
  triggerKind: string;
  /** The causing message id, or the request's idempotency key. */
  triggerRef: string;
  /** What the run was asked, e.g. review-engagement, ask-vendor. */
  task: string;
  /** What the run is about: engagement, purchase-order, card-transaction, vendor, client, event. */
  subjectType: string;
  /** The id of the subject. */
  subjectId: string;
  /** The provider that produced the output: rules, or openai-compatible. */
  provider: string;
  /** The model name, for a model provider. */
  model?: string | null;
  /** completed, or refused (the validator refused the output). */
  status: string;
  /** Why the output was refused, when it was. */
  refusalReason?: string | null;
  /** The run's inputs as JSON. */
  inputsJson: string;
  /** Every tool call, in order. */
  toolCalls: AiRunToolCall[];
  /** The validated output as JSON; null when refused. */
  outputJson?: string | null;
  /** The heads-ups the run raised (new ones only). */
  headsUpIds?: string[];
  /** The insight the run published, if any. */
  insightId?: string | null;
}

/** One tool call of the run. */
export interface AiRunToolCall {
  /** The call's id within the run. */
  callId: string;
  /** The tool's name. */
  tool: string;
  /** The arguments as JSON. */
  argumentsJson: string;
  /** The result as JSON (records with ids and the fields used), or the error. */
  resultJson: string;
  /** False when the call was refused (an unknown tool, bad arguments). */
  ok: boolean;
}

/** Someone accepted a heads-up: it stands and will be acted on. */
export interface HeadsUpAcceptedPayload {
  /** The heads-up (the Kafka message key). */
  headsUpId: string;
  /** Its rule. */
  rule: string;
  /** The event it is about, when it is about one. */
  eventId?: string | null;
  /** The event's client, when known. */
  clientId?: string | null;
  /** The user who accepted it. */
  acceptedBy: string;
  /** A note, when given. */
  note?: string | null;
}

/** Someone escalated a heads-up: it is routed to finance at the event's client. */
export interface HeadsUpEscalatedPayload {
  /** The heads-up (the Kafka message key). */
  headsUpId: string;
  /** Its rule. */
  rule: string;
  /** The event it is about, when it is about one. */
  eventId?: string | null;
  /** The event's client, when known. */
  clientId?: string | null;
  /** The user who escalated it. */
  escalatedBy: string;
  /** The role it is routed to (finance). */
  routedToRole: string;
  /** The client at which finance is asked (the event's client); null: finance at the organization. */
  routedToClientId?: string | null;
  /** A note, when given. */
  note?: string | null;
}

/** Someone pushed back on a heads-up, with a reason. */
export interface HeadsUpPushedBackPayload {
  /** The heads-up (the Kafka message key). */
  headsUpId: string;
  /** Its rule. */
  rule: string;
  /** The event it is about, when it is about one. */
  eventId?: string | null;
  /** The event's client, when known. */
  clientId?: string | null;
  /** The user who pushed back. */
  pushedBackBy: string;
  /** Why the heads-up does not apply. */
  reason: string;
}

/** A rule flagged something a producer should look at. It flags, it never fixes. */
export interface HeadsUpRaisedPayload {
  /** Deterministic id from rule + subject + window (the Kafka message key). */
  headsUpId: string;
  /** The rule, e.g. rate-above-rate-card. */
  rule: string;
  /** What it is about, e.g. engagement, purchase-order. */
  subjectType: string;
  /** The subject's id. */
  subjectId: string;
  /** The window the rule looked at (part of the id). */
  window: string;
  /** The event it is about, when it is about one. */
  eventId?: string | null;
  /** The event's client, when known. */
  clientId?: string | null;
  /** info, warning or critical. */
  severity: string;
  /** A headline, in words. */
  title: string;
  /** The records it rests on, each number cited. */
  citations: HeadsUpCitation[];
  /** The records it rests on (dates and statuses included), each returned by a tool in the run. */
  records?: HeadsUpBasis[];
  /** The commentary slots. */
  commentary: HeadsUpCommentarySlot[];
  /** The run that raised it. */
  runId: string;
}

/** A number in the output: the record, field and value it was read from (a tool result). */
export interface HeadsUpCitation {
  /** What the number is, e.g. agreed rate. */
  label: string;
  /** The kind of record cited, e.g. engagement, rate-card-line. */
  recordType: string;
  /** The id of the cited record. */
  recordId: string;
  /** The field of the record the value was read from. */
  field: string;
  /** The value as the tool returned it. */
  value: number;
  /** The run's tool call whose result holds the record, when known. */
  toolCallId?: string | null;
}

/** A record the heads-up rests on, as a tool of the run returned it. */
export interface HeadsUpBasis {
  /** The kind of record, e.g. engagement, contract. */
  recordType: string;
  /** The record's id. */
  recordId: string;
}

/** A labelled commentary slot: words only, no numbers. */
export interface HeadsUpCommentarySlot {
  /** The slot's label, e.g. summary, why-it-matters. */
  slot: string;
  /** The commentary. */
  text: string;
}

/** Relationship intelligence about a vendor or a client: every figure is a citation into a tool result. */
export interface InsightPublishedPayload {
  /** Aggregate id (the Kafka message key). */
  insightId: string;
  /** The run that produced it. */
  runId: string;
  /** vendor or client. */
  subjectType: string;
  /** The vendor or client id. */
  subjectId: string;
  /** A headline, in words. */
  title: string;
  /** The figures, each cited. */
  figures: InsightFigure[];
  /** The commentary slots. */
  commentary: InsightCommentarySlot[];
}

/** A number in the output: the record, field and value it was read from (a tool result). */
export interface InsightFigure {
  /** What the number is, e.g. agreed rate. */
  label: string;
  /** The kind of record cited, e.g. engagement, rate-card-line. */
  recordType: string;
  /** The id of the cited record. */
  recordId: string;
  /** The field of the record the value was read from. */
  field: string;
  /** The value as the tool returned it. */
  value: number;
  /** The run's tool call whose result holds the record, when known. */
  toolCallId?: string | null;
}

/** A labelled commentary slot: words only, no numbers. */
export interface InsightCommentarySlot {
  /** The slot's label, e.g. summary, why-it-matters. */
  slot: string;
  /** The commentary. */
  text: string;
}

/** Nobody decided in time; the request moved to a higher role. */
export interface ApprovalEscalatedPayload {
  /** Aggregate id (the Kafka message key). */
  approvalRequestId: string;
  /** What is approved, e.g. purchase-order. */
  subjectType: string;
  /** Id of what is approved. */
  subjectId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** Role it waited on. */
  fromRole: string;
  /** Role it now waits on. */
  toRole: string;
  /** New deadline. */
  dueAt: number;
}

/** The approver signed off. */
export interface ApprovalGrantedPayload {
  /** Aggregate id (the Kafka message key). */
  approvalRequestId: string;
  /** What is approved, e.g. purchase-order. */
  subjectType: string;
  /** Id of what is approved. */
  subjectId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** User id of the approver. */
  decidedBy: string;
  /** The approver's comment. */
  comment?: string | null;
  /** The amount the approver decided on (the request's amount at its revision); spend ignores a decision on an amount the PO no longer has. */
  amountMinor?: number | null;
}

/** The approver refused. */
export interface ApprovalRejectedPayload {
  /** Aggregate id (the Kafka message key). */
  approvalRequestId: string;
  /** What is approved, e.g. purchase-order. */
  subjectType: string;
  /** Id of what is approved. */
  subjectId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** User id of the approver. */
  decidedBy: string;
  /** The approver's reason. */
  comment?: string | null;
  /** The amount the approver decided on (the request's amount at its revision); spend ignores a decision on an amount the PO no longer has. */
  amountMinor?: number | null;
}

/** A sign-off was routed to an approver role by policy. */
export interface ApprovalRequestedPayload {
  /** Aggregate id (the Kafka message key). */
  approvalRequestId: string;
  /** What is approved, e.g. purchase-order. */
  subjectType: string;
  /** Id of what is approved. */
  subjectId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** Amount at stake, minor units. */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** The policy that routed it. */
  policyId: string;
  /** Role that must decide. */
  approverRole: string;
  /** Scope the approver role must hold: event, client or org. */
  approverScope: string;
  /** User id of the person whose action asked for it; they may not approve it. */
  requestedBy: string;
  /** When it escalates if nobody decided. */
  dueAt: number;
  /** One line for the approver. */
  summary: string;
}

/** The request was withdrawn before a decision. */
export interface ApprovalWithdrawnPayload {
  /** Aggregate id (the Kafka message key). */
  approvalRequestId: string;
  /** What is approved, e.g. purchase-order. */
  subjectType: string;
  /** Id of what is approved. */
  subjectId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** Why, when given. */
  reason?: string | null;
}

/** A producer or admin approved one version of an asset. */
export interface AssetApprovedPayload {
  /** Aggregate id (the Kafka message key). */
  assetId: string;
  /** The event the asset belongs to. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The version approved. */
  version: number;
  /** SHA-256 of the approved content. */
  sha256: string;
  /** The version approved before, if any. */
  previousApprovedVersion?: number | null;
  /** User id of the approver. */
  approvedBy: string;
}

/** An asset was uploaded: its first version's metadata and content hash. */
export interface AssetUploadedPayload {
  /** Aggregate id (the Kafka message key). */
  assetId: string;
  /** The event the asset belongs to. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The asset's name, e.g. Keynote title slide. */
  name: string;
  /** Version number, from 1. */
  version: number;
  /** File name of this version. */
  fileName: string;
  /** IANA media type, e.g. image/png. */
  mediaType: string;
  /** Size in bytes. */
  sizeBytes: number;
  /** SHA-256 of the content, lowercase hex (the bytes go to Box). */
  sha256: string;
  /** User id of the uploader. */
  uploadedBy: string;
}

/** A new version of an asset was added. */
export interface AssetVersionAddedPayload {
  /** Aggregate id (the Kafka message key). */
  assetId: string;
  /** The event the asset belongs to. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** Version number, from 1. */
  version: number;
  /** File name of this version. */
  fileName: string;
  /** IANA media type, e.g. image/png. */
  mediaType: string;
  /** Size in bytes. */
  sizeBytes: number;
  /** SHA-256 of the content, lowercase hex (the bytes go to Box). */
  sha256: string;
  /** User id of who added it. */
  addedBy: string;
}

/** A version of a client's brand kit was published (name, colours, fonts, logo assets). */
export interface BrandKitPublishedPayload {
  /** Aggregate id (the Kafka message key). */
  brandKitId: string;
  /** The client the brand kit is for. */
  clientId: string;
  /** Name of the brand kit. */
  name: string;
  /** Version number, from 1; each publication is a new version. */
  version: number;
  /** The palette. */
  colours: BrandColour[];
  /** The typefaces. */
  fonts: BrandFont[];
  /** Assets holding the logos. */
  logoAssetIds: string[];
  /** User id of who published it. */
  publishedBy: string;
}

/** One named colour. */
export interface BrandColour {
  /** Name, e.g. Primary. */
  name: string;
  /** #RRGGBB. */
  hex: string;
}

/** One typeface and what it is for. */
export interface BrandFont {
  /** Font family, e.g. Inter. */
  family: string;
  /** What it is for, e.g. headings. */
  usage: string;
}

/** A bill-of-materials line was added to an event's budget. */
export interface BomLineAddedPayload {
  /** The BOM line. */
  lineId: string;
  /** The budget (one per event; the Kafka message key). */
  budgetId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** Line category, e.g. av, catering, venue. */
  category: string;
  /** What the line buys. */
  description: string;
  /** Quantity. */
  quantity: number;
  /** Unit cost, minor units of currency. */
  unitCostMinor: number;
  /** ISO 4217 currency of the line (the budget's). */
  currency: string;
  /** Planned amount (quantity × unit cost, rounded half away from zero), minor units. */
  plannedMinor: number;
  /** The vendor the line is for, when one is chosen. */
  vendorId?: string | null;
  /** Line status: estimate, quoted or confirmed. */
  status: string;
  /** The user who added it. */
  addedBy: string;
}

/** A bill-of-materials line was removed from an event's budget (only a line with nothing committed or spent against it can be). */
export interface BomLineRemovedPayload {
  /** The BOM line. */
  lineId: string;
  /** The budget (one per event; the Kafka message key). */
  budgetId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The planned amount the budget no longer holds, minor units. */
  plannedMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** Why, when given. */
  reason?: string | null;
  /** The user who removed it. */
  removedBy: string;
}

/** A bill-of-materials line was revised (quantity, unit cost, vendor or description). When the change in planned amount exceeds the budget's sign-off threshold, signOffRequired asks approvals for a sign-off. */
export interface BomLineRevisedPayload {
  /** The BOM line (the Kafka message key is the budget id). */
  lineId: string;
  /** The budget (one per event). */
  budgetId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** Line category, e.g. av, catering, venue. */
  category: string;
  /** What the line buys, after the revision. */
  description: string;
  /** Quantity after the revision. */
  quantity: number;
  /** Unit cost after the revision, in minor units of currency. */
  unitCostMinor: number;
  /** ISO 4217 currency of the line. */
  currency: string;
  /** Planned amount after the revision (quantity × unit cost, rounded half up), minor units. */
  plannedMinor: number;
  /** Planned amount before the revision, minor units. */
  previousPlannedMinor: number;
  /** plannedMinor − previousPlannedMinor (negative when the line shrank). */
  deltaMinor: number;
  /** The vendor the line is for, when one is chosen. */
  vendorId?: string | null;
  /** Why the line was revised, when given. */
  reason?: string | null;
  /** The user who revised it. */
  revisedBy: string;
  /** True when |deltaMinor| exceeds the budget's sign-off threshold: approvals routes a sign-off. */
  signOffRequired?: boolean;
  /** The threshold that was applied, minor units. */
  signOffThresholdMinor?: number | null;
  /** Line status after the revision (estimate, quoted or confirmed), when known. */
  status?: string | null;
}

/** Spend moved a BOM line: an approved PO committed its amount, a cancelled PO released what it had committed, or an allocation added an actual. Carries the line's and the budget's totals after the change, so the audit trail tells where each dollar went. */
export interface BomLineSpendRecordedPayload {
  /** The budget (the Kafka message key). */
  budgetId: string;
  /** The line that moved (the unassigned line when the spend named none or an unknown one). */
  lineId: string;
  /** The line the spend named, when it named one. */
  requestedLineId?: string | null;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** committed: an approved PO; released: a cancelled PO's commitment; actual: allocated spend. */
  change: SpendChange;
  /** What caused it: purchase-order, card, expense or invoice. */
  sourceType: string;
  /** The PO id or the allocation id. */
  sourceId: string;
  /** The amount of the change in minor units (positive; a release lowers committed by it). */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** The line's committed total after the change. */
  lineCommittedMinor: number;
  /** The line's actual total after the change. */
  lineActualMinor: number;
  /** The budget's planned total. */
  plannedMinor: number;
  /** The budget's committed total after the change. */
  committedMinor: number;
  /** The budget's actual total after the change. */
  actualMinor: number;
}

export type SpendChange = 'committed' | 'released' | 'actual';

/** A budget was opened for an event, with its unassigned line (which catches commitments and actuals that name no known BOM line). */
export interface BudgetCreatedPayload {
  /** The budget (one per event; the Kafka message key). */
  budgetId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** ISO 4217 currency every amount of the budget is in. */
  currency: string;
  /** The budget's unassigned line. */
  unassignedLineId: string;
  /** The user (or the module, for an implicit budget) that caused it. */
  createdBy: string;
  /** How it came to be: explicit (POST /events/{eventId}/budget), first-line (the first BOM line was added) or spend (the first commitment or actual arrived). */
  origin: string;
}

/** An event's budget was locked: its BOM lines can no longer be added, revised or removed. Commitments and actuals still count against it. */
export interface BudgetLockedPayload {
  /** The budget (one per event; the Kafka message key). */
  budgetId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** ISO 4217 currency. */
  currency: string;
  /** BOM lines in the locked plan (without the unassigned line). */
  lines: number;
  /** Planned total at locking, minor units. */
  plannedMinor: number;
  /** Committed total (approved purchase orders) at locking, minor units. */
  committedMinor: number;
  /** Actual total (allocated spend) at locking, minor units. */
  actualMinor: number;
  /** The user who locked it. */
  lockedBy: string;
}

/** Committed + actual spend of an event's budget reached a threshold share of its planned total (80 % or 100 %). Published once per crossing; again only after the share fell back under that threshold. */
export interface BudgetThresholdCrossedPayload {
  /** The budget (one per event; the Kafka message key). */
  budgetId: string;
  /** The event. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The threshold crossed: 80 or 100. */
  thresholdPercent: number;
  /** ISO 4217 currency. */
  currency: string;
  /** Planned total, minor units. */
  plannedMinor: number;
  /** Committed total (approved purchase orders), minor units. */
  committedMinor: number;
  /** Actual total (allocated spend), minor units. */
  actualMinor: number;
  /** (committed + actual) / planned × 100; null when nothing is planned. */
  usedPercent?: number | null;
  /** What moved the budget: commitment, uncommitment, allocation, revision or removal. */
  trigger: string;
}

/** A signed contract was amended: its terms as they now stand. */
export interface ContractAmendedPayload {
  /** Aggregate id (the Kafka message key). */
  contractId: string;
  /** Master service agreement (client scope) or statement of work (event scope). */
  kind: ContractKind;
  /** The client the contract is under. */
  clientId: string;
  /** The event, for a statement of work. */
  eventId?: string | null;
  /** The vendor party. */
  vendorId: string;
  /** The amendment's number (1 for the first). */
  amendment: number;
  /** The contract's title. */
  title: string;
  /** The value in minor units after the amendment. */
  valueMinor?: number | null;
  /** The value in minor units before the amendment. */
  previousValueMinor?: number | null;
  /** ISO 4217 currency of valueMinor. */
  currency?: string | null;
  /** First day the contract covers (YYYY-MM-DD). */
  startsOn: string;
  /** Last day the contract covers after the amendment (YYYY-MM-DD). */
  endsOn?: string | null;
  /** Last day before the amendment (YYYY-MM-DD). */
  previousEndsOn?: string | null;
  /** Why it was amended. */
  reason?: string | null;
  /** The user who amended it. */
  amendedBy: string;
}

export type ContractKind = 'MSA' | 'SOW';

/** A version of a contract's document was recorded (metadata and content hash; the bytes go to Box). */
export interface ContractDocumentStoredPayload {
  /** Aggregate id (the Kafka message key). */
  contractId: string;
  /** Master service agreement (client scope) or statement of work (event scope). */
  kind: ContractKind;
  /** The client the contract is under. */
  clientId: string;
  /** The event, for a statement of work. */
  eventId?: string | null;
  /** The vendor party. */
  vendorId: string;
  /** Id of this document version. */
  documentId: string;
  /** The version number, 1 for the first document of the contract. */
  version: number;
  /** File name. */
  name: string;
  /** Media type, e.g. application/pdf. */
  mediaType: string;
  /** Size in bytes. */
  sizeBytes: number;
  /** SHA-256 of the content, lowercase hex. */
  sha256: string;
  /** The user who stored it. */
  storedBy: string;
  /** Where the document came from: null when it was recorded in the Playbook (through its API), box when it was fetched from Box (the Box connector does not upload those back). */
  source?: string | null;
  /** The file's id in the source system, when it came from one. */
  sourceFileId?: string | null;
}

/** A contract was drafted: an MSA between a client and a vendor, or a SOW for an event (by hand, or from an engagement). */
export interface ContractDraftedPayload {
  /** Aggregate id (the Kafka message key). */
  contractId: string;
  /** Master service agreement (client scope) or statement of work (event scope). */
  kind: ContractKind;
  /** The client the contract is under. */
  clientId: string;
  /** The event, for a statement of work. */
  eventId?: string | null;
  /** The vendor party. */
  vendorId: string;
  /** The vendor's name. */
  vendorName: string;
  /** The contract's title. */
  title: string;
  /** The contract's value in minor units, when it has one (a SOW: the engagement amount). */
  valueMinor?: number | null;
  /** ISO 4217 currency of valueMinor. */
  currency?: string | null;
  /** First day the contract covers (YYYY-MM-DD). */
  startsOn: string;
  /** Last day the contract covers (YYYY-MM-DD); none for an open-ended agreement. */
  endsOn?: string | null;
  /** The MSA a SOW is drafted under, when one was in force. */
  parentContractId?: string | null;
  /** The engagement a SOW was drafted from. */
  engagementId?: string | null;
  /** Who is asked to sign (emails or names). */
  signatories?: string[];
  /** The user (or the engaging producer) the draft is attributed to. */
  draftedBy: string;
}

/** A contract in force ends soon: noticed once per contract and end date, a configured number of days ahead. */
export interface ContractExpiringPayload {
  /** Aggregate id (the Kafka message key). */
  contractId: string;
  /** Master service agreement (client scope) or statement of work (event scope). */
  kind: ContractKind;
  /** The client the contract is under. */
  clientId: string;
  /** The event, for a statement of work. */
  eventId?: string | null;
  /** The vendor party. */
  vendorId: string;
  /** The vendor's name. */
  vendorName: string;
  /** The contract's title. */
  title: string;
  /** The last day the contract covers (YYYY-MM-DD). */
  endsOn: string;
  /** Days from the notice to the end date. */
  daysLeft: number;
  /** How many days ahead notices are given (CONTRACTS_EXPIRY_NOTICE_DAYS). */
  noticeDays: number;
}

/** A contract (MSA or SOW) was sent to its signatories. Approvals routes an internal sign-off before it can be signed. */
export interface ContractSentForSignaturePayload {
  /** Aggregate id (the Kafka message key). */
  contractId: string;
  /** Master service agreement (client scope) or statement of work (event scope). */
  kind: ContractKind;
  /** The client the contract is under. */
  clientId: string;
  /** The event, for a statement of work. */
  eventId?: string | null;
  /** The vendor party. */
  vendorId: string;
  /** The vendor's name when sent. */
  vendorName: string;
  /** The contract's title. */
  title: string;
  /** The contract's value in minor units, when it has one (a SOW: the engagement amount). */
  valueMinor?: number | null;
  /** ISO 4217 currency of valueMinor. */
  currency?: string | null;
  /** The version of the contract document that was sent, when one is stored. */
  documentVersion?: number | null;
  /** Who is asked to sign (emails or names). */
  signatories?: string[];
  /** The user who sent it. */
  sentBy: string;
}

/** A contract was signed by its parties (recorded once the internal sign-off allows it). */
export interface ContractSignedPayload {
  /** Aggregate id (the Kafka message key). */
  contractId: string;
  /** Master service agreement (client scope) or statement of work (event scope). */
  kind: ContractKind;
  /** The client the contract is under. */
  clientId: string;
  /** The event, for a statement of work. */
  eventId?: string | null;
  /** The vendor party. */
  vendorId: string;
  /** The vendor's name. */
  vendorName: string;
  /** The day the parties signed (YYYY-MM-DD). */
  signedOn: string;
  /** Who is asked to sign (emails or names). */
  signatories?: string[];
  /** The internal sign-off that allowed signing, when one was required. */
  approvalRequestId?: string | null;
  /** The version of the contract document that was signed, when one is stored. */
  documentVersion?: number | null;
  /** The user who recorded the signature. */
  signedBy: string;
}

/** A contract was terminated (or a draft called off): it is no longer in force. */
export interface ContractTerminatedPayload {
  /** Aggregate id (the Kafka message key). */
  contractId: string;
  /** Master service agreement (client scope) or statement of work (event scope). */
  kind: ContractKind;
  /** The client the contract is under. */
  clientId: string;
  /** The event, for a statement of work. */
  eventId?: string | null;
  /** The vendor party. */
  vendorId: string;
  /** The status it was terminated from: drafted, sent_for_signature, signed, amended or expiring. */
  previousStatus: string;
  /** Why. */
  reason?: string | null;
  /** The user who terminated it. */
  terminatedBy: string;
}

/** A role was granted to a user at a scope; it covers every scope below it. */
export interface RoleGrantedPayload {
  /** Aggregate id (the Kafka message key). */
  grantId: string;
  /** Who receives the role. */
  userId: string;
  /** The role granted. */
  role: DirectoryRole;
  /** The client the grant is on; null for an organization-wide grant. */
  clientId?: string | null;
  /** The event the grant is on; null unless the grant is at event scope. */
  eventId?: string | null;
}

/** A role of the permission matrix. */
export type DirectoryRole = 'admin' | 'finance' | 'producer' | 'contributor' | 'viewer';

/** A grant was taken back. */
export interface RoleRevokedPayload {
  /** Aggregate id (the Kafka message key). */
  grantId: string;
  /** Whose grant it was. */
  userId: string;
  /** The role that was granted. */
  role: string;
}

/** A user may no longer act in the organization. */
export interface UserDeactivatedPayload {
  /** Aggregate id (the Kafka message key). */
  userId: string;
  /** Why, when given. */
  reason?: string | null;
}

/** A user joined the organization (invited, or from Google Workspace). */
export interface UserProvisionedPayload {
  /** Aggregate id (the Kafka message key). */
  userId: string;
  /** Work email, unique in the organization. */
  email: string;
  /** Name shown to other people. */
  displayName: string;
  /** Where the user came from: invited or google-workspace. */
  source: string;
}

/** A client (brand) the team produces events for was added. */
export interface ClientCreatedPayload {
  /** Aggregate id (the Kafka message key). */
  clientId: string;
  /** Client name. */
  name: string;
}

/** A client was renamed or edited. */
export interface ClientUpdatedPayload {
  /** Aggregate id (the Kafka message key). */
  clientId: string;
  /** Client name after the change. */
  name: string;
}

/** A CRM deal (HubSpot) was linked to the event it becomes: the pipeline → events bridge. */
export interface DealLinkedToEventPayload {
  /** Aggregate id (the Kafka message key). */
  eventId: string;
  /** The client the event is for. */
  clientId: string;
  /** The deal id in the CRM (HubSpot hs_object_id). */
  dealId: string;
  /** Deal name in the CRM. */
  dealName: string;
  /** Deal stage in the CRM at the time of linking, e.g. closedwon. */
  stage: string;
  /** The CRM the deal lives in, e.g. hubspot. */
  source: string;
  /** Deal amount, minor units, when the deal has one. */
  amountMinor?: number | null;
  /** ISO 4217 currency of the amount, when the deal has one. */
  currency?: string | null;
  /** The CRM pipeline the deal is in, when known. */
  pipeline?: string | null;
}

/** An event was cancelled; no further transitions. */
export interface EventCancelledPayload {
  /** Aggregate id (the Kafka message key). */
  eventId: string;
  /** The client the event is for. */
  clientId: string;
  /** Status it was cancelled from. */
  from: string;
  /** Why, when given. */
  reason?: string | null;
}

/** A live event was created (in draft). */
export interface EventCreatedPayload {
  /** Aggregate id (the Kafka message key). */
  eventId: string;
  /** The client the event is for. */
  clientId: string;
  /** Event name. */
  name: string;
  /** First day, ISO date (YYYY-MM-DD), in the venue timezone. */
  startsOn: string;
  /** Last day, ISO date (YYYY-MM-DD). */
  endsOn: string;
  /** IANA timezone of the venue, e.g. America/New_York. */
  timezone: string;
  /** Venue name and city. */
  venue?: string | null;
  /** Lifecycle status at creation (draft). */
  status: string;
}

/** An event moved along its lifecycle: draft → planning → confirmed → live → wrapped → closed. */
export interface EventStatusChangedPayload {
  /** Aggregate id (the Kafka message key). */
  eventId: string;
  /** The client the event is for. */
  clientId: string;
  /** Status before. */
  from: string;
  /** Status after. */
  to: string;
}

/** An event's name, dates, venue or ids in other systems changed. */
export interface EventUpdatedPayload {
  /** Aggregate id (the Kafka message key). */
  eventId: string;
  /** The client the event is for. */
  clientId: string;
  /** Event name. */
  name: string;
  /** First day, ISO date (YYYY-MM-DD), in the venue timezone. */
  startsOn: string;
  /** Last day, ISO date (YYYY-MM-DD). */
  endsOn: string;
  /** IANA timezone of the venue, e.g. America/New_York. */
  timezone: string;
  /** Venue name and city. */
  venue?: string | null;
  /** The event's ids in other systems after the change, by system (e.g. bizzabo), as set with PATCH /events/{eventId}. */
  externalIds?: Record<string, string>;
}

/** The event's Net Promoter Score at a point in time (from the survey of the registration system). */
export interface NpsRecordedPayload {
  /** Aggregate id (the Kafka message key). */
  eventId: string;
  /** The client the event is for. */
  clientId: string;
  /** Net Promoter Score, -100 to 100: % promoters − % detractors, rounded. */
  score: number;
  /** People who answered (promoters + passives + detractors). */
  respondents: number;
  /** Respondents who answered 9 or 10. */
  promoters: number;
  /** Respondents who answered 7 or 8. */
  passives: number;
  /** Respondents who answered 0 to 6. */
  detractors: number;
  /** When the survey system computed it. */
  asOf: number;
  /** The survey system, e.g. bizzabo. */
  source: string;
  /** The survey id in the source system, when known. */
  surveyId?: string | null;
}

/** Registration and attendance numbers of the event at a point in time (from the registration system). */
export interface RegistrationSnapshotRecordedPayload {
  /** Aggregate id (the Kafka message key). */
  eventId: string;
  /** The client the event is for. */
  clientId: string;
  /** People registered. */
  registered: number;
  /** People checked in (attended) so far. */
  checkedIn: number;
  /** When the registration system counted them. */
  asOf: number;
  /** The registration system, e.g. bizzabo. */
  source: string;
  /** Capacity of the event, when set. */
  capacity?: number | null;
  /** The event id in the registration system, when known. */
  externalEventId?: string | null;
}

/** Registration, attendance and NPS figures of every Bizzabo event of the account as of the window's end (or one part of them). Counts, not attendees: no personal data leaves the connector. */
export interface BizzaboRegistrationsFetchedPayload {
  /** Always registrations. */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive): the instant the figures are counted as of. */
  windowTo: number;
  /** Part number, from 1. */
  part: number;
  /** How many parts the window was split into. */
  parts: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** The figures of each Bizzabo event in this part. */
  events: BizzaboEventFigures[];
}

/** What Bizzabo counted for one of its events as of the window's end. */
export interface BizzaboEventFigures {
  /** The event id in Bizzabo (the number in its URLs). */
  bizzaboEventId: string;
  /** The event's name in Bizzabo. */
  name: string;
  /** The event's capacity in Bizzabo (maxAttendees), when set. */
  capacity?: number | null;
  /** Valid registrations (tickets) registered before the window's end. */
  registered: number;
  /** Registrations before the window's end that are no longer valid (cancelled, refunded). */
  cancelled: number;
  /** Valid registrations checked in (attended). */
  checkedIn: number;
  /** The survey the NPS answers come from, when the event has one. */
  npsSurveyId?: string | null;
  /** How many answered each score of the 0-10 recommend question before the window's end (11 counts, index = score); empty without a survey. */
  npsAnswers: number[];
}

/** Fetching a window failed after every retry; nothing of it was published. */
export interface BizzaboWindowFailedPayload {
  /** The dataset. */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** What failed (never a credential). */
  reason: string;
  /** How many times the window was tried. */
  attempts: number;
}

/** A contract document recorded in the Playbook was stored in Box, once. The Playbook keeps no document bytes, so what is uploaded is the document's record: a JSON file with its metadata and content reference (name, media type, size, SHA-256). */
export interface BoxDocumentStoredPayload {
  /** Our delivery id, derived from the ContractDocumentStored message. */
  deliveryId: string;
  /** The contract (the Kafka message key). */
  contractId: string;
  /** The document version. */
  documentId: string;
  /** The document's version number. */
  version: number;
  /** The Box file id. */
  boxFileId: string;
  /** The Box folder it was uploaded to. */
  boxFolderId: string;
  /** The Box file name. */
  name: string;
  /** Box's SHA-1 of what was uploaded. */
  sha1: string;
  /** Bytes uploaded. */
  sizeBytes: number;
  /** What the file holds: record (the document's metadata and SHA-256, no bytes). */
  content: string;
  /** True when the preflight or a 409 item_name_in_use found it stored already (a retried delivery). */
  reused: boolean;
}

/** One window (or one part of a window too large for one message) of Box files modified in it, from the configured contracts and assets folders. */
export interface BoxFilesFetchedPayload {
  /** Always files. */
  dataset: string;
  /** Start of the window (inclusive), on modified_at. */
  windowFrom: number;
  /** End of the window (exclusive), on modified_at. */
  windowTo: number;
  /** Part number, from 1. */
  part: number;
  /** How many parts the window was split into. */
  parts: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** The files of this part. */
  files: BoxFile[];
}

/** One Box file as the folder listing gives it, normalized, with the SHA-256 of its content. */
export interface BoxFile {
  /** Box file id. */
  id: string;
  /** File name (unique in its folder). */
  name: string;
  /** What the configured folder it was listed in holds: contracts or assets. */
  role: string;
  /** The parent folder's Box id. */
  folderId: string;
  /** Names of the folders from the root down to the parent (path_collection). */
  path: string[];
  /** Box's SHA-1 of the content, lowercase hex (a new one means a new version). */
  sha1: string;
  /** SHA-256 of the content, lowercase hex, computed by the connector from the downloaded bytes. */
  sha256: string;
  /** size. */
  sizeBytes: number;
  /** Media type derived from the file extension (application/octet-stream when unknown). */
  mediaType: string;
  /** modified_at. */
  modifiedAt: number;
  /** The Box login (email) of who last modified it, when given. */
  modifiedBy?: string | null;
  /** The Playbook metadata template instance on the file (e.g. contractId, eventId); empty when none. */
  metadata: Record<string, string>;
}

/** Fetching a window of Box files failed after every retry; nothing of it was published. */
export interface BoxWindowFailedPayload {
  /** The dataset. */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** What failed (never a credential). */
  reason: string;
  /** How many times the window was tried. */
  attempts: number;
}

/** An admin disabled a connector: it fetches and delivers nothing until enabled again. */
export interface ConnectorDisabledPayload {
  /** The connector (the Kafka message key). */
  system: string;
  /** User id of the admin. */
  disabledBy: string;
  /** Why, when given. */
  reason?: string | null;
}

/** An admin enabled a connector for the organization; its configuration (never its secrets) is recorded. */
export interface ConnectorEnabledPayload {
  /** The connector, e.g. ramp or slack (the Kafka message key). */
  system: string;
  /** Non-secret settings, e.g. baseUrl and alertChannel. */
  configuration: Record<string, string>;
  /** User id of the admin. */
  enabledBy: string;
}

/** The organization's budget-vs-actual dataset in Domo was replaced with the current rows (one per event and BOM line). */
export interface DomoDatasetPushedPayload {
  /** This push (the Kafka message key is the dataset id). */
  pushId: string;
  /** The Domo DataSet id. */
  datasetId: string;
  /** The DataSet name. */
  datasetName: string;
  /** True when this push created the DataSet (POST /v1/datasets). */
  created: boolean;
  /** Rows the DataSet holds after the push (it is replaced, never appended to). */
  rows: number;
  /** Events in the DataSet. */
  events: number;
  /** The events whose budget changed since the previous push. */
  changedEvents: string[];
}

/** An event's dates were put on Google Calendar (created or brought up to date), once per fact of the Playbook. */
export interface CalendarEventPublishedPayload {
  /** Our delivery id, derived from the causing message. */
  deliveryId: string;
  /** The Playbook event (the Kafka message key). */
  eventId: string;
  /** The client the event is for. */
  clientId: string;
  /** The Google calendar written to. */
  calendarId: string;
  /** The Google Calendar event id, derived from the Playbook event id (base32hex). */
  calendarEventId: string;
  /** The calendar entry's title (the event name). */
  summary: string;
  /** First day (YYYY-MM-DD), an all-day entry. */
  startsOn: string;
  /** Last day (YYYY-MM-DD); Google's exclusive end date is the day after. */
  endsOn: string;
  /** The event's IANA timezone. */
  timezone: string;
  /** created, updated, or unchanged (already as the Playbook says). */
  action: string;
  /** True when the entry existed already (a 409 on insert, a redelivery): nothing was created twice. */
  reused: boolean;
  /** The entry's link in Google Calendar, when given. */
  htmlLink?: string | null;
}

/** The Google Workspace directory's users as read for one window (a snapshot of the directory: users.list has no time filter), or one part of it. */
export interface GoogleUsersFetchedPayload {
  /** The dataset (users). */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** Part number, from 1. */
  part: number;
  /** How many parts the window was split into. */
  parts: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** The users of this part. */
  users: GoogleUser[];
}

/** One Google Workspace user as the Admin SDK Directory API gives it, normalized. */
export interface GoogleUser {
  /** The user's immutable Google id. */
  id: string;
  /** primaryEmail. */
  primaryEmail: string;
  /** name.fullName. */
  fullName: string;
  /** name.givenName. */
  givenName?: string | null;
  /** name.familyName. */
  familyName?: string | null;
  /** isAdmin: a super administrator of the domain. */
  isAdmin: boolean;
  /** suspended. */
  suspended: boolean;
  /** archived. */
  archived: boolean;
  /** orgUnitPath, e.g. /Production. */
  orgUnitPath?: string | null;
  /** creationTime, when given. */
  creationTime?: number | null;
}

/** Fetching a window of Google Workspace data failed after every retry; nothing of it was published. */
export interface GoogleWindowFailedPayload {
  /** The dataset. */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** What failed (never a credential). */
  reason: string;
  /** How many times the window was tried. */
  attempts: number;
}

/** One window (or one part of a window too large for one message) of HubSpot deals modified in it. */
export interface HubSpotDealsFetchedPayload {
  /** The dataset (deals). */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** Part number, from 1. */
  part: number;
  /** How many parts the window was split into. */
  parts: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** The deals of this part. */
  deals: HubSpotDeal[];
}

/** One deal as HubSpot CRM v3 gives it, normalized; event-related custom properties read as given. */
export interface HubSpotDeal {
  /** HubSpot deal id (hs_object_id). */
  id: string;
  /** dealname. */
  name: string;
  /** dealstage: the internal stage id, e.g. closedwon. */
  stage: string;
  /** pipeline: the internal pipeline id, e.g. default. */
  pipeline?: string | null;
  /** hs_is_closed_won: true when the stage is a won stage of its pipeline. */
  isClosedWon: boolean;
  /** amount in minor units, when the deal has one. */
  amountMinor?: number | null;
  /** deal_currency_code (ISO 4217), when the deal has an amount. */
  currency?: string | null;
  /** closedate, when set. */
  closeDate?: number | null;
  /** hs_lastmodifieddate: what the window filters on. */
  lastModifiedAt: number;
  /** event_start_date custom property: the event's first day (YYYY-MM-DD), when set. */
  eventStartsOn?: string | null;
  /** event_end_date custom property: the event's last day (YYYY-MM-DD), when set. */
  eventEndsOn?: string | null;
  /** event_timezone custom property: IANA timezone of the venue, when set. */
  eventTimezone?: string | null;
  /** event_venue custom property, when set. */
  eventVenue?: string | null;
  /** Associated companies, the primary one first (deal-to-company associations, v4). */
  companies: HubSpotCompany[];
}

/** A company the deal is associated with (the client it is for). */
export interface HubSpotCompany {
  /** HubSpot company id (hs_object_id). */
  id: string;
  /** The company name property. */
  name: string;
  /** The company domain, when set. */
  domain?: string | null;
}

/** Fetching a window of HubSpot deals failed after every retry; nothing of it was published. */
export interface HubSpotWindowFailedPayload {
  /** The dataset. */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** What failed (never a credential). */
  reason: string;
  /** How many times the window was tried. */
  attempts: number;
}

/** One window (or part) of NetSuite GL accounts (the chart of accounts) modified in it, read by SuiteQL. */
export interface NetSuiteAccountsFetchedPayload {
  /** Always accounts. */
  dataset: string;
  /** Start of the window (inclusive), on lastModifiedDate. */
  windowFrom: number;
  /** End of the window (exclusive), on lastModifiedDate. */
  windowTo: number;
  /** Part number, from 1. */
  part: number;
  /** How many parts the window was split into. */
  parts: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** The accounts of this part. */
  accounts: NetSuiteAccount[];
}

/** One GL account as NetSuite has it. */
export interface NetSuiteAccount {
  /** NetSuite internal id (account.id). */
  internalId: string;
  /** account.acctnumber, when account numbers are used. */
  number?: string | null;
  /** account.acctname. */
  name: string;
  /** account.fullname (with its parents), when given. */
  fullName?: string | null;
  /** account.accttype, e.g. Expense, COGS, AcctPay. */
  type: string;
  /** account.isinactive. */
  isInactive: boolean;
  /** account.lastmodifieddate. */
  lastModifiedAt: number;
}

/** An approved Playbook purchase order exists in NetSuite as a purchase order (created once; its external id is the Playbook PO id). */
export interface NetSuitePurchaseOrderExportedPayload {
  /** The Playbook PO id (the Kafka message key), also the NetSuite externalId. */
  purchaseOrderId: string;
  /** The event the spend is for. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The Playbook vendor. */
  vendorId: string;
  /** PO amount, minor units. */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** The NetSuite internal id of the purchase order. */
  internalId: string;
  /** The NetSuite document number (tranId), e.g. PO-1042. */
  tranId: string;
  /** The NetSuite vendor (entity) the PO was raised on. */
  vendorInternalId: string;
  /** When NetSuite confirmed the record. */
  exportedAt: number;
  /** True when the look-up by external id found it: an earlier attempt had created it already. */
  reused: boolean;
}

/** One window (or one part of a window too large for one message) of NetSuite vendor records modified in it, read by SuiteQL. */
export interface NetSuiteVendorsFetchedPayload {
  /** Always vendors. */
  dataset: string;
  /** Start of the window (inclusive), on lastModifiedDate. */
  windowFrom: number;
  /** End of the window (exclusive), on lastModifiedDate. */
  windowTo: number;
  /** Part number, from 1. */
  part: number;
  /** How many parts the window was split into. */
  parts: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** The vendors of this part. */
  vendors: NetSuiteVendor[];
}

/** One vendor record as NetSuite has it (the ERP is the source of truth for vendor records). */
export interface NetSuiteVendor {
  /** NetSuite internal id (vendor.id). */
  internalId: string;
  /** The human-readable vendor id (vendor.entityid), e.g. V-1042. */
  entityId?: string | null;
  /** vendor.companyname. */
  companyName: string;
  /** vendor.legalname, when set. */
  legalName?: string | null;
  /** vendor.email, when set. */
  email?: string | null;
  /** The vendor category name (vendor.category, BUILTIN.DF), when set. */
  category?: string | null;
  /** vendor.externalid: the Playbook vendor id when the vendor was linked from the Playbook before. */
  externalId?: string | null;
  /** vendor.isinactive. */
  isInactive: boolean;
  /** vendor.lastmodifieddate. */
  lastModifiedAt: number;
}

/** Fetching a window failed after every retry; nothing of it was published. */
export interface NetSuiteWindowFailedPayload {
  /** The dataset: vendors or accounts. */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** What failed (never a credential). */
  reason: string;
  /** How many times the window was tried. */
  attempts: number;
}

/** One window (or one part of a window too large for one message) of Nexonia expense reports with their expense, per-diem and mileage items. */
export interface NexoniaExpenseReportsFetchedPayload {
  /** Always expense-reports. */
  dataset: string;
  /** Start of the window (inclusive), on the report's submission time. */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** Part number, from 1. */
  part: number;
  /** How many parts the window was split into. */
  parts: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** The reports of this part. */
  reports: NexoniaExpenseReport[];
}

/** One expense report as Nexonia gives it, normalized, with its items. */
export interface NexoniaExpenseReport {
  /** Nexonia report id (reportId). */
  id: string;
  /** Title of the report, when given. */
  title?: string | null;
  /** Nexonia status, lower-cased: submitted, approved, exported or paid. */
  status: string;
  /** ISO 4217 currency of every amount in the report. */
  currency: string;
  /** submittedDate. */
  submittedAt: number;
  /** employee.id. */
  employeeId?: string | null;
  /** employee.name. */
  employeeName: string;
  /** employee.email, when given. */
  employeeEmail?: string | null;
  /** The report's items. */
  lines: NexoniaExpenseLine[];
}

/** One item of a report: an expense with a receipt, a per diem or mileage, normalized. */
export interface NexoniaExpenseLine {
  /** Nexonia item id (itemId), unique across reports. */
  id: string;
  /** EXPENSE, PER_DIEM or MILEAGE in Nexonia, lower-cased. */
  kind: NexoniaLineKind;
  /** What it was for. */
  description: string;
  /** Amount claimed in minor units of the report's currency (Nexonia gives major units). */
  amountMinor: number;
  /** Day it was incurred (YYYY-MM-DD). */
  incurredOn: string;
  /** Expense category, when set. */
  category?: string | null;
  /** Merchant, for an expense item, when given. */
  merchantName?: string | null;
  /** Distance travelled, for a mileage item. */
  distance?: number | null;
  /** km or mi, for a mileage item. */
  distanceUnit?: string | null;
  /** The employee's note on the item, when given. */
  memo?: string | null;
  /** Dimensions set on the item: dimension name to the selected value (e.g. Event, BOM line). */
  tags: Record<string, string>;
}

/** What the item claims. */
export type NexoniaLineKind = 'expense' | 'per_diem' | 'mileage';

/** Fetching a window failed after every retry; nothing of it was published. */
export interface NexoniaWindowFailedPayload {
  /** The dataset. */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** What failed (never a credential). */
  reason: string;
  /** How many times the window was tried. */
  attempts: number;
}

/** One window (or one part of a window too large for one message) of Ramp card transactions. */
export interface RampTransactionsFetchedPayload {
  /** Always transactions. */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** Part number, from 1. */
  part: number;
  /** How many parts the window was split into. */
  parts: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** The transactions of this part. */
  transactions: RampTransaction[];
}

/** One card transaction as Ramp gives it, normalized. */
export interface RampTransaction {
  /** Ramp transaction id. */
  id: string;
  /** Amount in minor units (Ramp gives major units; negative for a refund). */
  amountMinor: number;
  /** ISO 4217 currency (currency_code). */
  currency: string;
  /** user_transaction_time. */
  transactedAt: number;
  /** merchant_name. */
  merchantName: string;
  /** sk_category_name, when given. */
  merchantCategory?: string | null;
  /** card_holder.user_id. */
  cardHolderId?: string | null;
  /** card_holder first and last name. */
  cardHolderName: string;
  /** The card holder email, when the connector knows it. */
  cardHolderEmail?: string | null;
  /** The card holder memo. */
  memo?: string | null;
  /** Ramp state, e.g. CLEARED or PENDING. */
  state: string;
  /** Accounting field selections: field name to the selected value (e.g. Event, BOM line). */
  tags: Record<string, string>;
}

/** Fetching a window failed after every retry; nothing of it was published. */
export interface RampWindowFailedPayload {
  /** The dataset. */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** The SyncWindowRequested that asked for it. */
  requestId: string;
  /** What failed (never a credential). */
  reason: string;
  /** How many times the window was tried. */
  attempts: number;
}

/** A message was posted to Slack, once, for a fact of the Playbook. */
export interface SlackMessageDeliveredPayload {
  /** Our delivery id (the Kafka message key), derived from the causing message. */
  deliveryId: string;
  /** approval-dm, budget-alert or heads-up-alert. */
  kind: string;
  /** The Slack channel or DM conversation id. */
  channel: string;
  /** The Slack message timestamp (its id in the channel). */
  ts: string;
  /** The Playbook user a DM went to. */
  recipientUserId?: string | null;
  /** What it is about: an approval request or a budget id. */
  subjectId: string;
  /** The text posted. */
  text: string;
  /** True when a look-up found the message already posted (a retried delivery). */
  reused: boolean;
}

/** A person or a schedule asked a connector to fetch one window of one dataset. */
export interface SyncWindowRequestedPayload {
  /** The request (the Kafka message key is the system). */
  requestId: string;
  /** The connector asked, e.g. ramp. */
  system: string;
  /** The dataset, e.g. transactions. */
  dataset: string;
  /** Start of the window (inclusive). */
  windowFrom: number;
  /** End of the window (exclusive). */
  windowTo: number;
  /** User id, or the schedule name. */
  requestedBy: string;
}

/** A card transaction (Ramp) was imported once, from a connector window; allocation to an event and a BOM line follows. */
export interface CardTransactionImportedPayload {
  /** Aggregate id, derived from source + sourceTransactionId (the Kafka message key). */
  cardTransactionId: string;
  /** The card program, e.g. ramp. */
  source: string;
  /** The transaction id in the card program. */
  sourceTransactionId: string;
  /** Name of the card holder. */
  cardHolderName: string;
  /** Merchant as the card program names it. */
  merchantName: string;
  /** Amount charged, minor units (negative for a refund). */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** When the card was charged. */
  transactedAt: number;
  /** Start (inclusive) of the connector window it was fetched in. */
  windowFrom: number;
  /** End (exclusive) of the connector window it was fetched in. */
  windowTo: number;
  /** The card holder id in the card program, when known. */
  cardHolderId?: string | null;
  /** The card holder's email, to match a user, when known. */
  cardHolderEmail?: string | null;
  /** Merchant category as the card program gives it, when known. */
  merchantCategory?: string | null;
  /** The card holder's memo, when given. */
  memo?: string | null;
  /** The tag naming the event, as the card holder set it in the card program, when set. */
  eventTag?: string | null;
}

/** An expense report (Nexonia) with its lines was imported once, from a connector window; allocation follows. */
export interface ExpenseReportImportedPayload {
  /** Aggregate id, derived from source + sourceReportId (the Kafka message key). */
  expenseReportId: string;
  /** The expense system, e.g. nexonia. */
  source: string;
  /** The report id in the expense system. */
  sourceReportId: string;
  /** Name of the employee who filed it. */
  employeeName: string;
  /** Status in the expense system, e.g. submitted, approved, paid. */
  status: string;
  /** ISO 4217 currency of every amount in the report. */
  currency: string;
  /** The lines of the report. */
  lines: ExpenseReportLine[];
  /** Sum of every line, minor units. */
  totalMinor: number;
  /** Sum of the expense lines, minor units. */
  expenseTotalMinor: number;
  /** Sum of the per-diem lines, minor units. */
  perDiemTotalMinor: number;
  /** Sum of the mileage lines, minor units. */
  mileageTotalMinor: number;
  /** When the employee submitted it. */
  submittedAt: number;
  /** Start (inclusive) of the connector window it was fetched in. */
  windowFrom: number;
  /** End (exclusive) of the connector window it was fetched in. */
  windowTo: number;
  /** The employee id in the expense system, when known. */
  employeeId?: string | null;
  /** The employee's email, to match a user, when known. */
  employeeEmail?: string | null;
  /** Title of the report, when given. */
  title?: string | null;
}

/** One line of an expense report. */
export interface ExpenseReportLine {
  /** The line id in the expense system. */
  lineId: string;
  /** What the line claims: an expense with a receipt, a per diem, or mileage. */
  kind: ExpenseLineKind;
  /** What it was for. */
  description: string;
  /** Amount claimed, minor units of the report's currency. */
  amountMinor: number;
  /** Day it was incurred (YYYY-MM-DD). */
  incurredOn: string;
  /** Expense category in the expense system, when set. */
  category?: string | null;
  /** Merchant, for an expense line, when given. */
  merchantName?: string | null;
  /** Distance travelled, for a mileage line. */
  distance?: number | null;
  /** Unit of distance: km or mi, for a mileage line. */
  distanceUnit?: string | null;
  /** The tag naming the event, as the employee set it on the line, when set. */
  eventTag?: string | null;
}

/** What the line claims. */
export type ExpenseLineKind = 'expense' | 'per_diem' | 'mileage';

/** A vendor invoice was matched to a purchase order; the variance is the invoice amount minus the PO amount. */
export interface InvoiceMatchedPayload {
  /** Aggregate id (the Kafka message key). */
  purchaseOrderId: string;
  /** The event the spend is for. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The vendor. */
  vendorId: string;
  /** The invoice id in the source system (NetSuite vendor bill internalId). */
  invoiceId: string;
  /** The vendor's invoice number. */
  invoiceNumber: string;
  /** Invoice amount, minor units. */
  amountMinor: number;
  /** ISO 4217 currency of the invoice and the PO. */
  currency: string;
  /** PO amount it was matched against, minor units. */
  purchaseOrderAmountMinor: number;
  /** amountMinor − purchaseOrderAmountMinor: positive when invoiced over the PO. */
  varianceMinor: number;
  /** When the match was made. */
  matchedAt: number;
  /** Where the invoice came from, e.g. netsuite. */
  source: string;
}

/** A purchase order still awaiting approval took its engagement's amended terms: a new revision, which approvals routes again (the request for the old terms is withdrawn). */
export interface PurchaseOrderAmendedPayload {
  /** Aggregate id (the Kafka message key). */
  purchaseOrderId: string;
  /** The event the spend is for. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The vendor. */
  vendorId: string;
  /** The vendor's name, as on the PO. */
  vendorName: string;
  /** The engagement whose amendment changed the PO. */
  engagementId: string;
  /** 1 for the first amendment, then 2, 3, ...; the raised PO is revision 0. */
  revision: number;
  /** Amount before the amendment, minor units. */
  previousAmountMinor: number;
  /** Amount now, minor units. */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** What is bought, after the amendment. */
  description: string;
  /** The budget's BOM line this spend is for, after the amendment. */
  bomLineId?: string | null;
  /** Who raised the PO (the requester of its approval). */
  raisedBy: string;
}

/** A purchase order was approved and commits budget. */
export interface PurchaseOrderApprovedPayload {
  /** Aggregate id (the Kafka message key). */
  purchaseOrderId: string;
  /** The event the spend is for. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The vendor. */
  vendorId: string;
  /** PO amount, minor units. */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** The approval that decided it. */
  approvalRequestId: string;
  /** User id of the approver. */
  approvedBy: string;
  /** The budget's BOM line this spend is for, when the producer named one; budget commits against it (or its unassigned line). */
  bomLineId?: string | null;
}

/** A purchase order was cancelled (its engagement was cancelled): it no longer commits budget and its pending approval is withdrawn. */
export interface PurchaseOrderCancelledPayload {
  /** Aggregate id (the Kafka message key). */
  purchaseOrderId: string;
  /** The event the spend is for. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The vendor. */
  vendorId: string;
  /** PO amount, minor units (what a budget that committed it un-commits). */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** Status before cancelling: pending_approval or approved. */
  previousStatus: string;
  /** The engagement it was raised for (whose cancellation cancelled it). */
  engagementId?: string | null;
  /** Why, when given. */
  reason?: string | null;
  /** The budget's BOM line this spend is for, when the producer named one; budget commits against it (or its unassigned line). */
  bomLineId?: string | null;
}

/** An approved purchase order was created in the ERP. */
export interface PurchaseOrderExportedPayload {
  /** Aggregate id (the Kafka message key). */
  purchaseOrderId: string;
  /** The event the spend is for. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The vendor. */
  vendorId: string;
  /** PO amount, minor units. */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** The ERP, e.g. netsuite. */
  erpSystem: string;
  /** The PO's internal id in the ERP (NetSuite internalId). */
  erpDocumentId: string;
  /** The PO's document number in the ERP (NetSuite tranId), e.g. PO-1042. */
  erpDocumentNumber: string;
  /** When the ERP confirmed the document. */
  exportedAt: number;
}

/** A purchase order was raised (for an engagement) and awaits approval. */
export interface PurchaseOrderRaisedPayload {
  /** Aggregate id (the Kafka message key). */
  purchaseOrderId: string;
  /** The event the spend is for. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The vendor. */
  vendorId: string;
  /** PO amount, minor units. */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** Vendor name. */
  vendorName: string;
  /** The engagement it was raised for. */
  engagementId?: string | null;
  /** What is being bought. */
  description: string;
  /** User id of the person whose action raised it. */
  raisedBy: string;
  /** The budget's BOM line this spend is for, when the producer named one; budget commits against it (or its unassigned line). */
  bomLineId?: string | null;
}

/** A purchase order was rejected. */
export interface PurchaseOrderRejectedPayload {
  /** Aggregate id (the Kafka message key). */
  purchaseOrderId: string;
  /** The event the spend is for. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The vendor. */
  vendorId: string;
  /** PO amount, minor units. */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** The approval that decided it. */
  approvalRequestId: string;
  /** User id of the approver. */
  rejectedBy: string;
  /** The approver's reason. */
  comment?: string | null;
}

/** A charge (card transaction, expense or invoice) was tagged to an event and, when known, a BOM line: budget counts it as actual spend. */
export interface SpendAllocatedPayload {
  /** The allocation (the Kafka message key); the same charge allocated again keeps its id. */
  allocationId: string;
  /** Where the charge comes from: a card transaction (Ramp), an expense report (Nexonia) or a vendor invoice. */
  source: SpendAllocationSource;
  /** The charge's id in its source system. */
  sourceId: string;
  /** The event the charge is for. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The budget's BOM line the charge is for, when known; budget counts it on its unassigned line otherwise. */
  bomLineId?: string | null;
  /** Amount, minor units (negative for a refund). */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** When the charge was allocated. */
  allocatedAt: number;
  /** What the charge was for, as its source describes it. */
  description: string;
}

export type SpendAllocationSource = 'card' | 'expense' | 'invoice';

/** Platform self-test: a probe message, used by the benchmark to measure end-to-end latency. */
export interface ProbeRecordedPayload {
  /** Aggregate id (the Kafka message key) of the probe run. */
  probeId: string;
  /** Position of this probe within its run, from 0. */
  sequence: number;
  /** When the producer sent it, in epoch milliseconds. */
  sentAtMs: number;
  /** Optional free text. */
  note?: string | null;
}

/** Platform self-test: a widget was created. */
export interface WidgetCreatedPayload {
  /** Aggregate id (the Kafka message key). */
  widgetId: string;
  /** Display name of the widget. */
  name: string;
  /** How many widgets. */
  quantity: number;
  /** Cost of one widget, in cents. */
  unitCostCents: number;
  /** Free-form labels. */
  tags?: string[];
}

/** Platform self-test: a widget was renamed. */
export interface WidgetRenamedPayload {
  /** Aggregate id (the Kafka message key). */
  widgetId: string;
  /** The new display name. */
  name: string;
}

/** The terms of an active engagement changed. Carries the new terms in full and the amount before, so downstream (the PO, the budget) can apply the difference without calling back. */
export interface EngagementAmendedPayload {
  /** Aggregate id of the engagement. */
  engagementId: string;
  /** The vendor (the Kafka message key). */
  vendorId: string;
  /** The event the vendor works on. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The service engaged. */
  serviceLine: string;
  /** Unit of quantity. */
  unit: string;
  /** How many units, after the amendment. */
  quantity: number;
  /** Agreed rate per unit after the amendment, minor units. */
  unitRateMinor: number;
  /** quantity × unitRateMinor after the amendment, rounded to the minor unit. */
  amountMinor: number;
  /** The engagement amount before the amendment, minor units. */
  previousAmountMinor: number;
  /** ISO 4217 currency (unchanged by an amendment). */
  currency: string;
  /** First day of the work after the amendment (YYYY-MM-DD). */
  startsOn: string;
  /** Last day of the work after the amendment (YYYY-MM-DD). */
  endsOn: string;
  /** User id of the person who amended it. */
  amendedBy: string;
  /** The rate card's rate for this service line, to compare with the agreed rate. */
  rateCardUnitRateMinor?: number | null;
  /** Why, when given. */
  reason?: string | null;
  /** The budget's BOM line this spend is for after the amendment, when the producer named one. */
  bomLineId?: string | null;
}

/** An engagement was called off. */
export interface EngagementCancelledPayload {
  /** Aggregate id of the engagement. */
  engagementId: string;
  /** The vendor (the Kafka message key). */
  vendorId: string;
  /** The event. */
  eventId: string;
  /** Why, when given. */
  reason?: string | null;
}

/** The vendor delivered: the engagement is done and can be rated. */
export interface EngagementCompletedPayload {
  /** Aggregate id of the engagement. */
  engagementId: string;
  /** The vendor (the Kafka message key). */
  vendorId: string;
  /** The event the vendor works on. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The engagement amount at completion, minor units. */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** Day the work was completed (YYYY-MM-DD). */
  completedOn: string;
  /** User id of the person who marked it completed. */
  completedBy: string;
  /** Free text from the producer. */
  notes?: string | null;
}

/** A vendor's rates for a period were published. */
export interface RateCardPublishedPayload {
  /** Rate card id. */
  rateCardId: string;
  /** The vendor (the Kafka message key). */
  vendorId: string;
  /** ISO 4217 currency of every rate. */
  currency: string;
  /** First day the rates apply (YYYY-MM-DD). */
  validFrom: string;
  /** Last day the rates apply; null = open-ended. */
  validTo?: string | null;
  /** Rates per service line. */
  lines: RateCardLine[];
}

/** One service line's rate. */
export interface RateCardLine {
  /** The service, e.g. lighting-technician. */
  serviceLine: string;
  /** Unit the rate is per: hour, day, item. */
  unit: string;
  /** Rate per unit in minor units of the currency. */
  unitRateMinor: number;
}

/** A producer engaged a vendor for an event. Carries everything downstream needs: nobody calls back. */
export interface VendorEngagedPayload {
  /** Aggregate id of the engagement. */
  engagementId: string;
  /** The vendor (the Kafka message key). */
  vendorId: string;
  /** Vendor name at the time of engagement. */
  vendorName: string;
  /** The event the vendor works on. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The service engaged. */
  serviceLine: string;
  /** Unit of quantity. */
  unit: string;
  /** How many units. */
  quantity: number;
  /** Agreed rate per unit, minor units. */
  unitRateMinor: number;
  /** quantity × unitRateMinor, rounded to the minor unit. */
  amountMinor: number;
  /** ISO 4217 currency. */
  currency: string;
  /** First day of the work (YYYY-MM-DD). */
  startsOn: string;
  /** Last day of the work (YYYY-MM-DD). */
  endsOn: string;
  /** The rate card in force for this service line, if any. */
  rateCardId?: string | null;
  /** The rate card's rate for this service line, to compare with the agreed rate. */
  rateCardUnitRateMinor?: number | null;
  /** Free text from the producer. */
  notes?: string | null;
  /** The budget's BOM line this spend is for, when the producer named one; budget commits against it (or its unassigned line). */
  bomLineId?: string | null;
}

/** A vendor was linked to its record in the ERP (the ERP is the source of truth for vendor records). */
export interface VendorLinkedToErpPayload {
  /** Aggregate id (the Kafka message key). */
  vendorId: string;
  /** The ERP, e.g. netsuite. */
  erpSystem: string;
  /** The vendor's internal id in the ERP (NetSuite internalId). */
  erpInternalId: string;
  /** The vendor's human-readable id in the ERP (NetSuite entityId), e.g. V-1042. */
  erpEntityId?: string | null;
  /** Vendor name as the ERP has it, when it differs from ours. */
  erpName?: string | null;
  /** The internal id it was linked to before, when this re-links it. */
  previousErpInternalId?: string | null;
}

/** A producer rated the vendor on a completed engagement. */
export interface VendorRatedPayload {
  /** Aggregate id of the engagement. */
  engagementId: string;
  /** The vendor (the Kafka message key). */
  vendorId: string;
  /** The event the vendor works on. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** The rating, 1 (poor) to 5 (excellent). */
  score: number;
  /** User id of the producer who rated it; one rating per engagement and producer. */
  ratedBy: string;
  /** The producer's comment, when given. */
  comment?: string | null;
}

/** A vendor was added to the organization's vendor list. */
export interface VendorRegisteredPayload {
  /** Aggregate id (the Kafka message key). */
  vendorId: string;
  /** Vendor name. */
  name: string;
  /** What they supply, e.g. av, catering, staging, venue. */
  category: string;
  /** Contact email. */
  email?: string | null;
}

/** A vendor's details changed. */
export interface VendorUpdatedPayload {
  /** Aggregate id (the Kafka message key). */
  vendorId: string;
  /** Vendor name. */
  name: string;
  /** What they supply. */
  category: string;
  /** Contact email. */
  email?: string | null;
}

/** A work item's assignee changed: to a user, to nobody, or to another role (an approval escalated). */
export interface WorkItemAssignedPayload {
  /** Aggregate id (the Kafka message key). */
  workItemId: string;
  /** The event the work item belongs to. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** User id of the new assignee; null when unassigned. */
  assigneeId?: string | null;
  /** User id of the assignee before. */
  previousAssigneeId?: string | null;
  /** The role expected to do it after the change, when no user is named (v2). */
  assigneeRole?: string | null;
  /** The role expected before (v2). */
  previousAssigneeRole?: string | null;
  /** User id of who changed it. */
  assignedBy: string;
}

/** A work item was created: by a person, from an organization template when an event was created, or for an approver when a sign-off was requested. */
export interface WorkItemCreatedPayload {
  /** Aggregate id (the Kafka message key). */
  workItemId: string;
  /** The event the work item belongs to. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** What is to be done. */
  title: string;
  /** Status at creation: todo. */
  status: string;
  /** User id of the assignee, when someone is named. */
  assigneeId?: string | null;
  /** The role expected to do it when no user is named (e.g. the approver role of a sign-off). */
  assigneeRole?: string | null;
  /** Due date, ISO date (YYYY-MM-DD), in the item's timezone. */
  dueOn?: string | null;
  /** IANA timezone the due date is read in (the event's for template items). */
  timezone: string;
  /** Type of the record the item is about, e.g. approval-request. */
  subjectType?: string | null;
  /** Id of the record the item is about. */
  subjectId?: string | null;
  /** Where it came from: manual, template or approval. */
  source: string;
  /** The organization template it was made from. */
  templateId?: string | null;
  /** The template version applied. */
  templateVersion?: number | null;
  /** User id (or schedule/module actor id) that created it. */
  createdBy: string;
}

/** A work item passed the end of its due date in its timezone without being done (once per item and due date). */
export interface WorkItemOverduePayload {
  /** Aggregate id (the Kafka message key). */
  workItemId: string;
  /** The event the work item belongs to. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** What is to be done. */
  title: string;
  /** The due date that passed, ISO date. */
  dueOn: string;
  /** IANA timezone the due date is read in. */
  timezone: string;
  /** Status when it became overdue: todo, doing or blocked. */
  status: string;
  /** User id of the assignee, when someone is named. */
  assigneeId?: string | null;
  /** The role expected to do it when no user is named. */
  assigneeRole?: string | null;
}

/** A work item moved along todo → doing → done | blocked. */
export interface WorkItemStatusChangedPayload {
  /** Aggregate id (the Kafka message key). */
  workItemId: string;
  /** The event the work item belongs to. */
  eventId: string;
  /** The event's client. */
  clientId: string;
  /** Status before. */
  from: string;
  /** Status after. */
  to: string;
  /** User id (or module actor id) that moved it. */
  changedBy: string;
  /** Why, when given (e.g. the approval was granted). */
  reason?: string | null;
}

/** Event type (`<module>.<EventName>`) → its payload type. */
export interface EventPayloads {
  'ai.AiRunCompleted': AiRunCompletedPayload;
  'ai.HeadsUpAccepted': HeadsUpAcceptedPayload;
  'ai.HeadsUpEscalated': HeadsUpEscalatedPayload;
  'ai.HeadsUpPushedBack': HeadsUpPushedBackPayload;
  'ai.HeadsUpRaised': HeadsUpRaisedPayload;
  'ai.InsightPublished': InsightPublishedPayload;
  'approvals.ApprovalEscalated': ApprovalEscalatedPayload;
  'approvals.ApprovalGranted': ApprovalGrantedPayload;
  'approvals.ApprovalRejected': ApprovalRejectedPayload;
  'approvals.ApprovalRequested': ApprovalRequestedPayload;
  'approvals.ApprovalWithdrawn': ApprovalWithdrawnPayload;
  'assets.AssetApproved': AssetApprovedPayload;
  'assets.AssetUploaded': AssetUploadedPayload;
  'assets.AssetVersionAdded': AssetVersionAddedPayload;
  'assets.BrandKitPublished': BrandKitPublishedPayload;
  'budget.BomLineAdded': BomLineAddedPayload;
  'budget.BomLineRemoved': BomLineRemovedPayload;
  'budget.BomLineRevised': BomLineRevisedPayload;
  'budget.BomLineSpendRecorded': BomLineSpendRecordedPayload;
  'budget.BudgetCreated': BudgetCreatedPayload;
  'budget.BudgetLocked': BudgetLockedPayload;
  'budget.BudgetThresholdCrossed': BudgetThresholdCrossedPayload;
  'contracts.ContractAmended': ContractAmendedPayload;
  'contracts.ContractDocumentStored': ContractDocumentStoredPayload;
  'contracts.ContractDrafted': ContractDraftedPayload;
  'contracts.ContractExpiring': ContractExpiringPayload;
  'contracts.ContractSentForSignature': ContractSentForSignaturePayload;
  'contracts.ContractSigned': ContractSignedPayload;
  'contracts.ContractTerminated': ContractTerminatedPayload;
  'directory.RoleGranted': RoleGrantedPayload;
  'directory.RoleRevoked': RoleRevokedPayload;
  'directory.UserDeactivated': UserDeactivatedPayload;
  'directory.UserProvisioned': UserProvisionedPayload;
  'events.ClientCreated': ClientCreatedPayload;
  'events.ClientUpdated': ClientUpdatedPayload;
  'events.DealLinkedToEvent': DealLinkedToEventPayload;
  'events.EventCancelled': EventCancelledPayload;
  'events.EventCreated': EventCreatedPayload;
  'events.EventStatusChanged': EventStatusChangedPayload;
  'events.EventUpdated': EventUpdatedPayload;
  'events.NpsRecorded': NpsRecordedPayload;
  'events.RegistrationSnapshotRecorded': RegistrationSnapshotRecordedPayload;
  'integrations.bizzabo.BizzaboRegistrationsFetched': BizzaboRegistrationsFetchedPayload;
  'integrations.bizzabo.BizzaboWindowFailed': BizzaboWindowFailedPayload;
  'integrations.box.BoxDocumentStored': BoxDocumentStoredPayload;
  'integrations.box.BoxFilesFetched': BoxFilesFetchedPayload;
  'integrations.box.BoxWindowFailed': BoxWindowFailedPayload;
  'integrations.ConnectorDisabled': ConnectorDisabledPayload;
  'integrations.ConnectorEnabled': ConnectorEnabledPayload;
  'integrations.domo.DomoDatasetPushed': DomoDatasetPushedPayload;
  'integrations.google.CalendarEventPublished': CalendarEventPublishedPayload;
  'integrations.google.GoogleUsersFetched': GoogleUsersFetchedPayload;
  'integrations.google.GoogleWindowFailed': GoogleWindowFailedPayload;
  'integrations.hubspot.HubSpotDealsFetched': HubSpotDealsFetchedPayload;
  'integrations.hubspot.HubSpotWindowFailed': HubSpotWindowFailedPayload;
  'integrations.netsuite.NetSuiteAccountsFetched': NetSuiteAccountsFetchedPayload;
  'integrations.netsuite.NetSuitePurchaseOrderExported': NetSuitePurchaseOrderExportedPayload;
  'integrations.netsuite.NetSuiteVendorsFetched': NetSuiteVendorsFetchedPayload;
  'integrations.netsuite.NetSuiteWindowFailed': NetSuiteWindowFailedPayload;
  'integrations.nexonia.NexoniaExpenseReportsFetched': NexoniaExpenseReportsFetchedPayload;
  'integrations.nexonia.NexoniaWindowFailed': NexoniaWindowFailedPayload;
  'integrations.ramp.RampTransactionsFetched': RampTransactionsFetchedPayload;
  'integrations.ramp.RampWindowFailed': RampWindowFailedPayload;
  'integrations.slack.SlackMessageDelivered': SlackMessageDeliveredPayload;
  'integrations.SyncWindowRequested': SyncWindowRequestedPayload;
  'spend.CardTransactionImported': CardTransactionImportedPayload;
  'spend.ExpenseReportImported': ExpenseReportImportedPayload;
  'spend.InvoiceMatched': InvoiceMatchedPayload;
  'spend.PurchaseOrderAmended': PurchaseOrderAmendedPayload;
  'spend.PurchaseOrderApproved': PurchaseOrderApprovedPayload;
  'spend.PurchaseOrderCancelled': PurchaseOrderCancelledPayload;
  'spend.PurchaseOrderExported': PurchaseOrderExportedPayload;
  'spend.PurchaseOrderRaised': PurchaseOrderRaisedPayload;
  'spend.PurchaseOrderRejected': PurchaseOrderRejectedPayload;
  'spend.SpendAllocated': SpendAllocatedPayload;
  'testkit.ProbeRecorded': ProbeRecordedPayload;
  'testkit.WidgetCreated': WidgetCreatedPayload;
  'testkit.WidgetRenamed': WidgetRenamedPayload;
  'vendors.EngagementAmended': EngagementAmendedPayload;
  'vendors.EngagementCancelled': EngagementCancelledPayload;
  'vendors.EngagementCompleted': EngagementCompletedPayload;
  'vendors.RateCardPublished': RateCardPublishedPayload;
  'vendors.VendorEngaged': VendorEngagedPayload;
  'vendors.VendorLinkedToErp': VendorLinkedToErpPayload;
  'vendors.VendorRated': VendorRatedPayload;
  'vendors.VendorRegistered': VendorRegisteredPayload;
  'vendors.VendorUpdated': VendorUpdatedPayload;
  'work.WorkItemAssigned': WorkItemAssignedPayload;
  'work.WorkItemCreated': WorkItemCreatedPayload;
  'work.WorkItemOverdue': WorkItemOverduePayload;
  'work.WorkItemStatusChanged': WorkItemStatusChangedPayload;
}

export type EventType = keyof EventPayloads;

/** The whole message of one event type: the envelope around its payload. */
export type EventEnvelope<T extends EventType> = AuditEnvelope<EventPayloads[T]> & { type: T };
