// The shared test world lives in the service kit; this file names what these tests use from it.
export {
  createTestWorld as createWorld,
  TEST_JWT_SECRET as JWT_SECRET,
  type TestWorld as World,
} from '@playbook/service-kit/testing/world';
export { client, json, outboxOf as outbox } from '@playbook/service-kit/testing/http';
