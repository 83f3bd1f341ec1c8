// The shared test world lives in the service kit; this file names what these tests use from it.
export {
  createTestWorld as createWorld,
  TEST_JWT_SECRET as JWT_SECRET,
  type TestWorld as World,
} from '@playbook/service-kit/testing/world';
export { json as body } from '@playbook/service-kit/testing/http';
export { publishThrough } from '@playbook/service-kit/testing/stand-ins';
