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
  }
];
