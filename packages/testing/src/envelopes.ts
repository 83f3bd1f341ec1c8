import { expect } from 'vitest';

interface ExpectedRule {
  name: string;
  parameters?: Record<string, string>;
}

/**
 * Matches an envelope's `rules` that include these (each by name and a subset of its parameters),
 * whatever else the kit noted beside them — the permission a command was authorized by, the
 * reaction a consumer ran, the schedule a worker ran on.
 */
export const rulesIncluding = (...rules: ExpectedRule[]) =>
  expect.arrayContaining(
    rules.map((r) =>
      expect.objectContaining({
        name: r.name,
        ...(r.parameters ? { parameters: expect.objectContaining(r.parameters) } : {}),
      }),
    ),
  );
