// The public face of the event catalog (`@playbook/contracts/catalog`): what each event type is,
// where it travels, and whether a message fits its schema.
export { allEvents, describe, type EventDescriptor } from './descriptors.ts';
export { type EnvelopeValidation, type ValidationError, validateEnvelope } from './envelope-validation.ts';
export { subjectFor, topicFor } from './naming.ts';
