/** Names derived from a module and an event name; see schemas/README.md. */

/** `playbook.<module>.v1`, or `<namespace>.playbook.<module>.v1` when a namespace is given. */
export function topicFor(module: string, namespace?: string): string {
  const baseTopic = `playbook.${module}.v1`;
  return namespace ? `${namespace}.${baseTopic}` : baseTopic;
}

/** TopicRecordNameStrategy: `<topic>-<full record name>`. */
export function subjectFor(topic: string, recordName: string): string {
  return `${topic}-${recordName}`;
}

/** `<module>.<EventName>`, the value of `envelope.type`. */
export function eventTypeOf(module: string, eventName: string): string {
  return `${module}.${eventName}`;
}

/** `playbook.<module>.<EventName>`, the full name of the event's Avro record. */
export function eventRecordNameOf(module: string, eventName: string): string {
  return `playbook.${module}.${eventName}`;
}

/** `playbook.<module>.<EventName>Payload`, the full name of the payload record. */
export function payloadRecordNameOf(module: string, eventName: string): string {
  return `playbook.${module}.${eventName}Payload`;
}
