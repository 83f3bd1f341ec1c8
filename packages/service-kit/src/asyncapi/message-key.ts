import type { EventDescriptor } from '@playbook/contracts/catalog';

/** The Kafka key of an event's messages, as its payload schema documents it. */
export interface MessageKey {
  /** The payload field holding the key, or null when no field is documented as the key. */
  field: string | null;
  description: string;
}

interface AvroField {
  name: string;
  type: unknown;
  doc?: string;
}

const KEY_IS = /kafka message key is (?:the )?([a-z][a-z ]*[a-z])/i;
const KEY_HERE = /\(the kafka message key\b/i;

/** The payload record's fields (the composed schema wraps the payload in the envelope). */
export function payloadFieldsOf(descriptor: EventDescriptor): AvroField[] {
  const fields = (descriptor.schema as { fields: AvroField[] }).fields;
  const payload = fields.find((f) => f.name === 'payload')?.type as { fields?: AvroField[] } | undefined;
  return payload?.fields ?? [];
}

/**
 * The key is the aggregate id (see `EventInput.key`); schemas say which field carries it in a field's
 * doc: "(the Kafka message key)" on the field itself, or "the Kafka message key is the budget id" on a
 * field that points at another one.
 */
export function messageKeyOf(descriptor: EventDescriptor): MessageKey {
  const fields = payloadFieldsOf(descriptor);
  for (const field of fields) {
    const pointer = field.doc?.match(KEY_IS);
    if (pointer) {
      const wanted = pointer[1]!.replaceAll(' ', '').toLowerCase();
      const named = fields.find((f) => f.name.toLowerCase() === wanted);
      return named
        ? { field: named.name, description: named.doc ?? named.name }
        : { field: null, description: `the ${pointer[1]}` };
    }
    if (field.doc && KEY_HERE.test(field.doc)) return { field: field.name, description: field.doc };
  }
  return { field: null, description: 'The aggregate id (no payload field is documented as the key).' };
}
