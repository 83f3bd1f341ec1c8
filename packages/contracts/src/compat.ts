// Schema compatibility: locally (avsc resolution, explained per field), against git history,
// and against a schema registry.
export { checkCompatibility, type CompatibilityResult } from './compat/check-compatibility.ts';
export {
  checkSchemasAgainstHistory,
  type HistoryCheckOptions,
  type HistoryCheckResult,
} from './compat/history-check.ts';
export { checkWithRegistry, type RegistryCheckRequest, type RegistryCheckResult } from './compat/registry-compat.ts';
