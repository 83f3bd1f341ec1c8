// generated — do not edit.
// Source: schemas/ (see schemas/README.md). Regenerate with `npm run codegen`.

/** One event type: its names and its full Avro schema (envelope + payload). */
export interface EventSchemaEntry {
  type: string;
  module: string;
  name: string;
  schemaVersion: number;
  recordName: string;
  schema: object;
}

export const eventSchemas: readonly EventSchemaEntry[] = [
  {
    "type": "approvals.ApprovalEscalated",
    "module": "approvals",
    "name": "ApprovalEscalated",
    "schemaVersion": 1,
    "recordName": "playbook.approvals.ApprovalEscalated",
    "schema": {
      "type": "record",
      "name": "ApprovalEscalated",
      "namespace": "playbook.approvals",
      "doc": "Event approvals.ApprovalEscalated: Nobody decided in time; the request moved to a higher role.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "ApprovalEscalatedPayload",
            "namespace": "playbook.approvals",
            "doc": "Nobody decided in time; the request moved to a higher role.",
            "fields": [
              {
                "name": "approvalRequestId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "subjectType",
                "type": "string",
                "doc": "What is approved, e.g. purchase-order."
              },
              {
                "name": "subjectId",
                "type": "string",
                "doc": "Id of what is approved."
              },
              {
                "name": "eventId",
                "type": "string",
                "doc": "The event."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The event's client."
              },
              {
                "name": "fromRole",
                "type": "string",
                "doc": "Role it waited on."
              },
              {
                "name": "toRole",
                "type": "string",
                "doc": "Role it now waits on."
              },
              {
                "name": "dueAt",
                "type": {
                  "type": "long",
                  "logicalType": "timestamp-millis"
                },
                "doc": "New deadline."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "approvals.ApprovalGranted",
    "module": "approvals",
    "name": "ApprovalGranted",
    "schemaVersion": 1,
    "recordName": "playbook.approvals.ApprovalGranted",
    "schema": {
      "type": "record",
      "name": "ApprovalGranted",
      "namespace": "playbook.approvals",
      "doc": "Event approvals.ApprovalGranted: The approver signed off.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "ApprovalGrantedPayload",
            "namespace": "playbook.approvals",
            "doc": "The approver signed off.",
            "fields": [
              {
                "name": "approvalRequestId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "subjectType",
                "type": "string",
                "doc": "What is approved, e.g. purchase-order."
              },
              {
                "name": "subjectId",
                "type": "string",
                "doc": "Id of what is approved."
              },
              {
                "name": "eventId",
                "type": "string",
                "doc": "The event."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The event's client."
              },
              {
                "name": "decidedBy",
                "type": "string",
                "doc": "User id of the approver."
              },
              {
                "name": "comment",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The approver's comment."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "approvals.ApprovalRejected",
    "module": "approvals",
    "name": "ApprovalRejected",
    "schemaVersion": 1,
    "recordName": "playbook.approvals.ApprovalRejected",
    "schema": {
      "type": "record",
      "name": "ApprovalRejected",
      "namespace": "playbook.approvals",
      "doc": "Event approvals.ApprovalRejected: The approver refused.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "ApprovalRejectedPayload",
            "namespace": "playbook.approvals",
            "doc": "The approver refused.",
            "fields": [
              {
                "name": "approvalRequestId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "subjectType",
                "type": "string",
                "doc": "What is approved, e.g. purchase-order."
              },
              {
                "name": "subjectId",
                "type": "string",
                "doc": "Id of what is approved."
              },
              {
                "name": "eventId",
                "type": "string",
                "doc": "The event."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The event's client."
              },
              {
                "name": "decidedBy",
                "type": "string",
                "doc": "User id of the approver."
              },
              {
                "name": "comment",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The approver's reason."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "approvals.ApprovalRequested",
    "module": "approvals",
    "name": "ApprovalRequested",
    "schemaVersion": 1,
    "recordName": "playbook.approvals.ApprovalRequested",
    "schema": {
      "type": "record",
      "name": "ApprovalRequested",
      "namespace": "playbook.approvals",
      "doc": "Event approvals.ApprovalRequested: A sign-off was routed to an approver role by policy.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "ApprovalRequestedPayload",
            "namespace": "playbook.approvals",
            "doc": "A sign-off was routed to an approver role by policy.",
            "fields": [
              {
                "name": "approvalRequestId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "subjectType",
                "type": "string",
                "doc": "What is approved, e.g. purchase-order."
              },
              {
                "name": "subjectId",
                "type": "string",
                "doc": "Id of what is approved."
              },
              {
                "name": "eventId",
                "type": "string",
                "doc": "The event."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The event's client."
              },
              {
                "name": "amountMinor",
                "type": "long",
                "doc": "Amount at stake, minor units."
              },
              {
                "name": "currency",
                "type": "string",
                "doc": "ISO 4217 currency."
              },
              {
                "name": "policyId",
                "type": "string",
                "doc": "The policy that routed it."
              },
              {
                "name": "approverRole",
                "type": "string",
                "doc": "Role that must decide."
              },
              {
                "name": "approverScope",
                "type": "string",
                "doc": "Scope the approver role must hold: event, client or org."
              },
              {
                "name": "requestedBy",
                "type": "string",
                "doc": "User id of the person whose action asked for it; they may not approve it."
              },
              {
                "name": "dueAt",
                "type": {
                  "type": "long",
                  "logicalType": "timestamp-millis"
                },
                "doc": "When it escalates if nobody decided."
              },
              {
                "name": "summary",
                "type": "string",
                "doc": "One line for the approver."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "approvals.ApprovalWithdrawn",
    "module": "approvals",
    "name": "ApprovalWithdrawn",
    "schemaVersion": 1,
    "recordName": "playbook.approvals.ApprovalWithdrawn",
    "schema": {
      "type": "record",
      "name": "ApprovalWithdrawn",
      "namespace": "playbook.approvals",
      "doc": "Event approvals.ApprovalWithdrawn: The request was withdrawn before a decision.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "ApprovalWithdrawnPayload",
            "namespace": "playbook.approvals",
            "doc": "The request was withdrawn before a decision.",
            "fields": [
              {
                "name": "approvalRequestId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "subjectType",
                "type": "string",
                "doc": "What is approved, e.g. purchase-order."
              },
              {
                "name": "subjectId",
                "type": "string",
                "doc": "Id of what is approved."
              },
              {
                "name": "eventId",
                "type": "string",
                "doc": "The event."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The event's client."
              },
              {
                "name": "reason",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Why, when given."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "directory.RoleGranted",
    "module": "directory",
    "name": "RoleGranted",
    "schemaVersion": 1,
    "recordName": "playbook.directory.RoleGranted",
    "schema": {
      "type": "record",
      "name": "RoleGranted",
      "namespace": "playbook.directory",
      "doc": "Event directory.RoleGranted: A role was granted to a user at a scope; it covers every scope below it.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "RoleGrantedPayload",
            "namespace": "playbook.directory",
            "doc": "A role was granted to a user at a scope; it covers every scope below it.",
            "fields": [
              {
                "name": "grantId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "userId",
                "type": "string",
                "doc": "Who receives the role."
              },
              {
                "name": "role",
                "type": {
                  "type": "enum",
                  "name": "DirectoryRole",
                  "symbols": [
                    "admin",
                    "finance",
                    "producer",
                    "contributor",
                    "viewer"
                  ],
                  "doc": "A role of the permission matrix."
                },
                "doc": "The role granted."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The client the grant is on; null for an organization-wide grant."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The event the grant is on; null unless the grant is at event scope."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "directory.RoleRevoked",
    "module": "directory",
    "name": "RoleRevoked",
    "schemaVersion": 1,
    "recordName": "playbook.directory.RoleRevoked",
    "schema": {
      "type": "record",
      "name": "RoleRevoked",
      "namespace": "playbook.directory",
      "doc": "Event directory.RoleRevoked: A grant was taken back.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "RoleRevokedPayload",
            "namespace": "playbook.directory",
            "doc": "A grant was taken back.",
            "fields": [
              {
                "name": "grantId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "userId",
                "type": "string",
                "doc": "Whose grant it was."
              },
              {
                "name": "role",
                "type": "string",
                "doc": "The role that was granted."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "directory.UserDeactivated",
    "module": "directory",
    "name": "UserDeactivated",
    "schemaVersion": 1,
    "recordName": "playbook.directory.UserDeactivated",
    "schema": {
      "type": "record",
      "name": "UserDeactivated",
      "namespace": "playbook.directory",
      "doc": "Event directory.UserDeactivated: A user may no longer act in the organization.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "UserDeactivatedPayload",
            "namespace": "playbook.directory",
            "doc": "A user may no longer act in the organization.",
            "fields": [
              {
                "name": "userId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "reason",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Why, when given."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "directory.UserProvisioned",
    "module": "directory",
    "name": "UserProvisioned",
    "schemaVersion": 1,
    "recordName": "playbook.directory.UserProvisioned",
    "schema": {
      "type": "record",
      "name": "UserProvisioned",
      "namespace": "playbook.directory",
      "doc": "Event directory.UserProvisioned: A user joined the organization (invited, or from Google Workspace).",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "UserProvisionedPayload",
            "namespace": "playbook.directory",
            "doc": "A user joined the organization (invited, or from Google Workspace).",
            "fields": [
              {
                "name": "userId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "email",
                "type": "string",
                "doc": "Work email, unique in the organization."
              },
              {
                "name": "displayName",
                "type": "string",
                "doc": "Name shown to other people."
              },
              {
                "name": "source",
                "type": "string",
                "doc": "Where the user came from: invited or google-workspace."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "events.ClientCreated",
    "module": "events",
    "name": "ClientCreated",
    "schemaVersion": 1,
    "recordName": "playbook.events.ClientCreated",
    "schema": {
      "type": "record",
      "name": "ClientCreated",
      "namespace": "playbook.events",
      "doc": "Event events.ClientCreated: A client (brand) the team produces events for was added.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "ClientCreatedPayload",
            "namespace": "playbook.events",
            "doc": "A client (brand) the team produces events for was added.",
            "fields": [
              {
                "name": "clientId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "name",
                "type": "string",
                "doc": "Client name."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "events.ClientUpdated",
    "module": "events",
    "name": "ClientUpdated",
    "schemaVersion": 1,
    "recordName": "playbook.events.ClientUpdated",
    "schema": {
      "type": "record",
      "name": "ClientUpdated",
      "namespace": "playbook.events",
      "doc": "Event events.ClientUpdated: A client was renamed or edited.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "ClientUpdatedPayload",
            "namespace": "playbook.events",
            "doc": "A client was renamed or edited.",
            "fields": [
              {
                "name": "clientId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "name",
                "type": "string",
                "doc": "Client name after the change."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "events.EventCancelled",
    "module": "events",
    "name": "EventCancelled",
    "schemaVersion": 1,
    "recordName": "playbook.events.EventCancelled",
    "schema": {
      "type": "record",
      "name": "EventCancelled",
      "namespace": "playbook.events",
      "doc": "Event events.EventCancelled: An event was cancelled; no further transitions.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "EventCancelledPayload",
            "namespace": "playbook.events",
            "doc": "An event was cancelled; no further transitions.",
            "fields": [
              {
                "name": "eventId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The client the event is for."
              },
              {
                "name": "from",
                "type": "string",
                "doc": "Status it was cancelled from."
              },
              {
                "name": "reason",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Why, when given."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "events.EventCreated",
    "module": "events",
    "name": "EventCreated",
    "schemaVersion": 1,
    "recordName": "playbook.events.EventCreated",
    "schema": {
      "type": "record",
      "name": "EventCreated",
      "namespace": "playbook.events",
      "doc": "Event events.EventCreated: A live event was created (in draft).",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "EventCreatedPayload",
            "namespace": "playbook.events",
            "doc": "A live event was created (in draft).",
            "fields": [
              {
                "name": "eventId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The client the event is for."
              },
              {
                "name": "name",
                "type": "string",
                "doc": "Event name."
              },
              {
                "name": "startsOn",
                "type": "string",
                "doc": "First day, ISO date (YYYY-MM-DD), in the venue timezone."
              },
              {
                "name": "endsOn",
                "type": "string",
                "doc": "Last day, ISO date (YYYY-MM-DD)."
              },
              {
                "name": "timezone",
                "type": "string",
                "doc": "IANA timezone of the venue, e.g. America/New_York."
              },
              {
                "name": "venue",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Venue name and city."
              },
              {
                "name": "status",
                "type": "string",
                "doc": "Lifecycle status at creation (draft)."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "events.EventStatusChanged",
    "module": "events",
    "name": "EventStatusChanged",
    "schemaVersion": 1,
    "recordName": "playbook.events.EventStatusChanged",
    "schema": {
      "type": "record",
      "name": "EventStatusChanged",
      "namespace": "playbook.events",
      "doc": "Event events.EventStatusChanged: An event moved along its lifecycle: draft → planning → confirmed → live → wrapped → closed.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "EventStatusChangedPayload",
            "namespace": "playbook.events",
            "doc": "An event moved along its lifecycle: draft → planning → confirmed → live → wrapped → closed.",
            "fields": [
              {
                "name": "eventId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The client the event is for."
              },
              {
                "name": "from",
                "type": "string",
                "doc": "Status before."
              },
              {
                "name": "to",
                "type": "string",
                "doc": "Status after."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "events.EventUpdated",
    "module": "events",
    "name": "EventUpdated",
    "schemaVersion": 1,
    "recordName": "playbook.events.EventUpdated",
    "schema": {
      "type": "record",
      "name": "EventUpdated",
      "namespace": "playbook.events",
      "doc": "Event events.EventUpdated: An event's name, dates or venue changed.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "EventUpdatedPayload",
            "namespace": "playbook.events",
            "doc": "An event's name, dates or venue changed.",
            "fields": [
              {
                "name": "eventId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The client the event is for."
              },
              {
                "name": "name",
                "type": "string",
                "doc": "Event name."
              },
              {
                "name": "startsOn",
                "type": "string",
                "doc": "First day, ISO date (YYYY-MM-DD), in the venue timezone."
              },
              {
                "name": "endsOn",
                "type": "string",
                "doc": "Last day, ISO date (YYYY-MM-DD)."
              },
              {
                "name": "timezone",
                "type": "string",
                "doc": "IANA timezone of the venue, e.g. America/New_York."
              },
              {
                "name": "venue",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Venue name and city."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "spend.PurchaseOrderApproved",
    "module": "spend",
    "name": "PurchaseOrderApproved",
    "schemaVersion": 1,
    "recordName": "playbook.spend.PurchaseOrderApproved",
    "schema": {
      "type": "record",
      "name": "PurchaseOrderApproved",
      "namespace": "playbook.spend",
      "doc": "Event spend.PurchaseOrderApproved: A purchase order was approved and commits budget.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "PurchaseOrderApprovedPayload",
            "namespace": "playbook.spend",
            "doc": "A purchase order was approved and commits budget.",
            "fields": [
              {
                "name": "purchaseOrderId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "eventId",
                "type": "string",
                "doc": "The event the spend is for."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The event's client."
              },
              {
                "name": "vendorId",
                "type": "string",
                "doc": "The vendor."
              },
              {
                "name": "amountMinor",
                "type": "long",
                "doc": "PO amount, minor units."
              },
              {
                "name": "currency",
                "type": "string",
                "doc": "ISO 4217 currency."
              },
              {
                "name": "approvalRequestId",
                "type": "string",
                "doc": "The approval that decided it."
              },
              {
                "name": "approvedBy",
                "type": "string",
                "doc": "User id of the approver."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "spend.PurchaseOrderRaised",
    "module": "spend",
    "name": "PurchaseOrderRaised",
    "schemaVersion": 1,
    "recordName": "playbook.spend.PurchaseOrderRaised",
    "schema": {
      "type": "record",
      "name": "PurchaseOrderRaised",
      "namespace": "playbook.spend",
      "doc": "Event spend.PurchaseOrderRaised: A purchase order was raised (for an engagement) and awaits approval.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "PurchaseOrderRaisedPayload",
            "namespace": "playbook.spend",
            "doc": "A purchase order was raised (for an engagement) and awaits approval.",
            "fields": [
              {
                "name": "purchaseOrderId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "eventId",
                "type": "string",
                "doc": "The event the spend is for."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The event's client."
              },
              {
                "name": "vendorId",
                "type": "string",
                "doc": "The vendor."
              },
              {
                "name": "amountMinor",
                "type": "long",
                "doc": "PO amount, minor units."
              },
              {
                "name": "currency",
                "type": "string",
                "doc": "ISO 4217 currency."
              },
              {
                "name": "vendorName",
                "type": "string",
                "doc": "Vendor name."
              },
              {
                "name": "engagementId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The engagement it was raised for."
              },
              {
                "name": "description",
                "type": "string",
                "doc": "What is being bought."
              },
              {
                "name": "raisedBy",
                "type": "string",
                "doc": "User id of the person whose action raised it."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "spend.PurchaseOrderRejected",
    "module": "spend",
    "name": "PurchaseOrderRejected",
    "schemaVersion": 1,
    "recordName": "playbook.spend.PurchaseOrderRejected",
    "schema": {
      "type": "record",
      "name": "PurchaseOrderRejected",
      "namespace": "playbook.spend",
      "doc": "Event spend.PurchaseOrderRejected: A purchase order was rejected.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "PurchaseOrderRejectedPayload",
            "namespace": "playbook.spend",
            "doc": "A purchase order was rejected.",
            "fields": [
              {
                "name": "purchaseOrderId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "eventId",
                "type": "string",
                "doc": "The event the spend is for."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The event's client."
              },
              {
                "name": "vendorId",
                "type": "string",
                "doc": "The vendor."
              },
              {
                "name": "amountMinor",
                "type": "long",
                "doc": "PO amount, minor units."
              },
              {
                "name": "currency",
                "type": "string",
                "doc": "ISO 4217 currency."
              },
              {
                "name": "approvalRequestId",
                "type": "string",
                "doc": "The approval that decided it."
              },
              {
                "name": "rejectedBy",
                "type": "string",
                "doc": "User id of the approver."
              },
              {
                "name": "comment",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The approver's reason."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "testkit.ProbeRecorded",
    "module": "testkit",
    "name": "ProbeRecorded",
    "schemaVersion": 1,
    "recordName": "playbook.testkit.ProbeRecorded",
    "schema": {
      "type": "record",
      "name": "ProbeRecorded",
      "namespace": "playbook.testkit",
      "doc": "Event testkit.ProbeRecorded: Platform self-test: a probe message, used by the benchmark to measure end-to-end latency.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "ProbeRecordedPayload",
            "namespace": "playbook.testkit",
            "doc": "Platform self-test: a probe message, used by the benchmark to measure end-to-end latency.",
            "fields": [
              {
                "name": "probeId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key) of the probe run."
              },
              {
                "name": "sequence",
                "type": "long",
                "doc": "Position of this probe within its run, from 0."
              },
              {
                "name": "sentAtMs",
                "type": "long",
                "doc": "When the producer sent it, in epoch milliseconds."
              },
              {
                "name": "note",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Optional free text."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "testkit.WidgetCreated",
    "module": "testkit",
    "name": "WidgetCreated",
    "schemaVersion": 1,
    "recordName": "playbook.testkit.WidgetCreated",
    "schema": {
      "type": "record",
      "name": "WidgetCreated",
      "namespace": "playbook.testkit",
      "doc": "Event testkit.WidgetCreated: Platform self-test: a widget was created.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "WidgetCreatedPayload",
            "namespace": "playbook.testkit",
            "doc": "Platform self-test: a widget was created.",
            "fields": [
              {
                "name": "widgetId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "name",
                "type": "string",
                "doc": "Display name of the widget."
              },
              {
                "name": "quantity",
                "type": "int",
                "doc": "How many widgets."
              },
              {
                "name": "unitCostCents",
                "type": "long",
                "doc": "Cost of one widget, in cents."
              },
              {
                "name": "tags",
                "type": {
                  "type": "array",
                  "items": "string"
                },
                "default": [],
                "doc": "Free-form labels."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "testkit.WidgetRenamed",
    "module": "testkit",
    "name": "WidgetRenamed",
    "schemaVersion": 1,
    "recordName": "playbook.testkit.WidgetRenamed",
    "schema": {
      "type": "record",
      "name": "WidgetRenamed",
      "namespace": "playbook.testkit",
      "doc": "Event testkit.WidgetRenamed: Platform self-test: a widget was renamed.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "WidgetRenamedPayload",
            "namespace": "playbook.testkit",
            "doc": "Platform self-test: a widget was renamed.",
            "fields": [
              {
                "name": "widgetId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "name",
                "type": "string",
                "doc": "The new display name."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "vendors.EngagementCancelled",
    "module": "vendors",
    "name": "EngagementCancelled",
    "schemaVersion": 1,
    "recordName": "playbook.vendors.EngagementCancelled",
    "schema": {
      "type": "record",
      "name": "EngagementCancelled",
      "namespace": "playbook.vendors",
      "doc": "Event vendors.EngagementCancelled: An engagement was called off.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "EngagementCancelledPayload",
            "namespace": "playbook.vendors",
            "doc": "An engagement was called off.",
            "fields": [
              {
                "name": "engagementId",
                "type": "string",
                "doc": "Aggregate id of the engagement."
              },
              {
                "name": "vendorId",
                "type": "string",
                "doc": "The vendor (the Kafka message key)."
              },
              {
                "name": "eventId",
                "type": "string",
                "doc": "The event."
              },
              {
                "name": "reason",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Why, when given."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "vendors.RateCardPublished",
    "module": "vendors",
    "name": "RateCardPublished",
    "schemaVersion": 1,
    "recordName": "playbook.vendors.RateCardPublished",
    "schema": {
      "type": "record",
      "name": "RateCardPublished",
      "namespace": "playbook.vendors",
      "doc": "Event vendors.RateCardPublished: A vendor's rates for a period were published.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "RateCardPublishedPayload",
            "namespace": "playbook.vendors",
            "doc": "A vendor's rates for a period were published.",
            "fields": [
              {
                "name": "rateCardId",
                "type": "string",
                "doc": "Rate card id."
              },
              {
                "name": "vendorId",
                "type": "string",
                "doc": "The vendor (the Kafka message key)."
              },
              {
                "name": "currency",
                "type": "string",
                "doc": "ISO 4217 currency of every rate."
              },
              {
                "name": "validFrom",
                "type": "string",
                "doc": "First day the rates apply (YYYY-MM-DD)."
              },
              {
                "name": "validTo",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Last day the rates apply; null = open-ended."
              },
              {
                "name": "lines",
                "type": {
                  "type": "array",
                  "items": {
                    "type": "record",
                    "name": "RateCardLine",
                    "doc": "One service line's rate.",
                    "fields": [
                      {
                        "name": "serviceLine",
                        "type": "string",
                        "doc": "The service, e.g. lighting-technician."
                      },
                      {
                        "name": "unit",
                        "type": "string",
                        "doc": "Unit the rate is per: hour, day, item."
                      },
                      {
                        "name": "unitRateMinor",
                        "type": "long",
                        "doc": "Rate per unit in minor units of the currency."
                      }
                    ]
                  }
                },
                "doc": "Rates per service line."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "vendors.VendorEngaged",
    "module": "vendors",
    "name": "VendorEngaged",
    "schemaVersion": 1,
    "recordName": "playbook.vendors.VendorEngaged",
    "schema": {
      "type": "record",
      "name": "VendorEngaged",
      "namespace": "playbook.vendors",
      "doc": "Event vendors.VendorEngaged: A producer engaged a vendor for an event. Carries everything downstream needs: nobody calls back.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "VendorEngagedPayload",
            "namespace": "playbook.vendors",
            "doc": "A producer engaged a vendor for an event. Carries everything downstream needs: nobody calls back.",
            "fields": [
              {
                "name": "engagementId",
                "type": "string",
                "doc": "Aggregate id of the engagement."
              },
              {
                "name": "vendorId",
                "type": "string",
                "doc": "The vendor (the Kafka message key)."
              },
              {
                "name": "vendorName",
                "type": "string",
                "doc": "Vendor name at the time of engagement."
              },
              {
                "name": "eventId",
                "type": "string",
                "doc": "The event the vendor works on."
              },
              {
                "name": "clientId",
                "type": "string",
                "doc": "The event's client."
              },
              {
                "name": "serviceLine",
                "type": "string",
                "doc": "The service engaged."
              },
              {
                "name": "unit",
                "type": "string",
                "doc": "Unit of quantity."
              },
              {
                "name": "quantity",
                "type": "double",
                "doc": "How many units."
              },
              {
                "name": "unitRateMinor",
                "type": "long",
                "doc": "Agreed rate per unit, minor units."
              },
              {
                "name": "amountMinor",
                "type": "long",
                "doc": "quantity × unitRateMinor, rounded to the minor unit."
              },
              {
                "name": "currency",
                "type": "string",
                "doc": "ISO 4217 currency."
              },
              {
                "name": "startsOn",
                "type": "string",
                "doc": "First day of the work (YYYY-MM-DD)."
              },
              {
                "name": "endsOn",
                "type": "string",
                "doc": "Last day of the work (YYYY-MM-DD)."
              },
              {
                "name": "rateCardId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The rate card in force for this service line, if any."
              },
              {
                "name": "rateCardUnitRateMinor",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "The rate card's rate for this service line, to compare with the agreed rate."
              },
              {
                "name": "notes",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Free text from the producer."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "vendors.VendorRegistered",
    "module": "vendors",
    "name": "VendorRegistered",
    "schemaVersion": 1,
    "recordName": "playbook.vendors.VendorRegistered",
    "schema": {
      "type": "record",
      "name": "VendorRegistered",
      "namespace": "playbook.vendors",
      "doc": "Event vendors.VendorRegistered: A vendor was added to the organization's vendor list.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "VendorRegisteredPayload",
            "namespace": "playbook.vendors",
            "doc": "A vendor was added to the organization's vendor list.",
            "fields": [
              {
                "name": "vendorId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "name",
                "type": "string",
                "doc": "Vendor name."
              },
              {
                "name": "category",
                "type": "string",
                "doc": "What they supply, e.g. av, catering, staging, venue."
              },
              {
                "name": "email",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Contact email."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  },
  {
    "type": "vendors.VendorUpdated",
    "module": "vendors",
    "name": "VendorUpdated",
    "schemaVersion": 1,
    "recordName": "playbook.vendors.VendorUpdated",
    "schema": {
      "type": "record",
      "name": "VendorUpdated",
      "namespace": "playbook.vendors",
      "doc": "Event vendors.VendorUpdated: A vendor's details changed.",
      "fields": [
        {
          "name": "messageId",
          "type": {
            "type": "string",
            "logicalType": "uuid"
          },
          "doc": "Deterministic id (UUIDv5) of what happened; the same fact always gets the same id."
        },
        {
          "name": "type",
          "type": "string",
          "doc": "The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged."
        },
        {
          "name": "schemaVersion",
          "type": "int",
          "doc": "The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1."
        },
        {
          "name": "occurredAt",
          "type": {
            "type": "long",
            "logicalType": "timestamp-millis"
          },
          "doc": "When the fact happened (not when it was sent), in epoch milliseconds."
        },
        {
          "name": "producer",
          "doc": "Module (and connector) that published it, with its build version.",
          "type": {
            "type": "record",
            "name": "Producer",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "module",
                "type": "string",
                "doc": "The publishing module, e.g. vendors."
              },
              {
                "name": "connector",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "The publishing connector, e.g. netsuite, when a connector published it."
              },
              {
                "name": "version",
                "type": "string",
                "doc": "Build version of the publisher."
              }
            ]
          }
        },
        {
          "name": "correlationId",
          "type": "string",
          "doc": "The id of the whole business flow, end to end, across every hop."
        },
        {
          "name": "causationId",
          "type": [
            "null",
            "string"
          ],
          "default": null,
          "doc": "The messageId (or request id) that directly caused this message."
        },
        {
          "name": "scope",
          "doc": "Where the record lives in the data hierarchy: organization, client, event.",
          "type": {
            "type": "record",
            "name": "Scope",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "orgId",
                "type": "string",
                "doc": "Organization the record belongs to."
              },
              {
                "name": "clientId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Client, for client- and event-scoped records."
              },
              {
                "name": "eventId",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Live event, for event-scoped records."
              }
            ]
          }
        },
        {
          "name": "actor",
          "doc": "Who caused it: a user, a connector, a schedule, or the AI orchestrator.",
          "type": {
            "type": "record",
            "name": "Actor",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "kind",
                "doc": "What kind of actor caused it.",
                "type": {
                  "type": "enum",
                  "name": "ActorKind",
                  "namespace": "playbook.envelope",
                  "symbols": [
                    "user",
                    "connector",
                    "schedule",
                    "ai",
                    "system"
                  ],
                  "default": "system"
                }
              },
              {
                "name": "id",
                "type": "string",
                "doc": "Id of the user, connector code, schedule name or AI run."
              },
              {
                "name": "displayName",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Human-readable name of the actor, when known."
              }
            ]
          }
        },
        {
          "name": "counts",
          "type": {
            "type": "map",
            "values": "long"
          },
          "doc": "What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }."
        },
        {
          "name": "rules",
          "default": [],
          "doc": "Why: the filters, windows and policies applied (name + parameters).",
          "type": {
            "type": "array",
            "items": {
              "type": "record",
              "name": "Rule",
              "namespace": "playbook.envelope",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "doc": "Name of the filter, window or policy."
                },
                {
                  "name": "parameters",
                  "type": {
                    "type": "map",
                    "values": "string"
                  },
                  "doc": "Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }."
                }
              ]
            }
          }
        },
        {
          "name": "diagnostics",
          "doc": "What it cost: elapsed ms, API calls, pages, rate-limit units, retries.",
          "type": {
            "type": "record",
            "name": "Diagnostics",
            "namespace": "playbook.envelope",
            "fields": [
              {
                "name": "elapsedMs",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Wall-clock time spent, in milliseconds."
              },
              {
                "name": "apiCalls",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Calls made to external APIs."
              },
              {
                "name": "pages",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Pages fetched."
              },
              {
                "name": "rateLimitUnits",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Rate-limit units consumed."
              },
              {
                "name": "retries",
                "type": [
                  "null",
                  "long"
                ],
                "default": null,
                "doc": "Retries performed."
              }
            ]
          }
        },
        {
          "name": "payload",
          "type": {
            "type": "record",
            "name": "VendorUpdatedPayload",
            "namespace": "playbook.vendors",
            "doc": "A vendor's details changed.",
            "fields": [
              {
                "name": "vendorId",
                "type": "string",
                "doc": "Aggregate id (the Kafka message key)."
              },
              {
                "name": "name",
                "type": "string",
                "doc": "Vendor name."
              },
              {
                "name": "category",
                "type": "string",
                "doc": "What they supply."
              },
              {
                "name": "email",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": "Contact email."
              }
            ]
          },
          "doc": "The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record."
        }
      ]
    }
  }
];
