import { fileURLToPath } from 'node:url';

/** The repository root (this file lives at packages/contracts/src/). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** `schemas/`: the single source of truth for the bus contract. */
export const schemasDir = fileURLToPath(new URL('../../../schemas/', import.meta.url));

/** Where codegen writes its output (committed to git). */
export const generatedDir = fileURLToPath(new URL('./generated/', import.meta.url));
