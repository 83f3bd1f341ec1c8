// The shared test world lives in @playbook/testing; this file names what these tests use from it.
export { createTestWorld, TEST_JWT_SECRET as JWT_SECRET, type TestWorld } from '@playbook/testing/world';
export { json } from '@playbook/testing/http';
export { emit, emitter, publishThrough } from '@playbook/testing/stand-ins';
