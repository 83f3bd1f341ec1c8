// The shared test world lives in @playbook/testing; this file names what these tests use from it.
export {
  createTestWorld as createWorld,
  TEST_JWT_SECRET as JWT_SECRET,
  type TestWorld as World,
} from '@playbook/testing/world';
export { json as body } from '@playbook/testing/http';
export { publishThrough } from '@playbook/testing/stand-ins';
