// The shared test world lives in the service kit; this file names what these tests use from it.
export { createTestWorld, TEST_JWT_SECRET as JWT_SECRET, type TestWorld } from '@playbook/service-kit/testing/world';
export { json } from '@playbook/service-kit/testing/http';
export { emit, emitter, publishThrough } from '@playbook/service-kit/testing/stand-ins';
