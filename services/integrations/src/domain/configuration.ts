/**
 * A connector's configuration as integrations records it: settings a person may read (a base URL,
 * an alert channel). Credentials live in the connector's own environment and never in an event, so
 * a key that looks like one is refused rather than stored.
 */
const SECRET_LIKE = /secret|token|password|passwd|credential|api[-_]?key|private[-_]?key|auth/i;

/** A URL carrying a user and password (`https://user:pass@host`). */
const CREDENTIALS_IN_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]+@/i;

/** The settings that look like credentials: by their name, or a URL with a password in it. */
export const secretLikeKeys = (configuration: Record<string, string>): string[] =>
  Object.entries(configuration)
    .filter(([key, value]) => SECRET_LIKE.test(key) || CREDENTIALS_IN_URL.test(value))
    .map(([key]) => key);

/** The same settings, whatever order they were given in. */
export function sameConfiguration(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}
