/**
 * Credentials never leave a connector: every message, log field and error text it builds from a
 * vendor's response or a URL goes through here. Each configured secret (and its Basic-auth and
 * URL-encoded forms) is replaced, and so is any bearer token or credential-like query parameter.
 */
export function redactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const forms = secrets
    .filter((s): s is string => typeof s === 'string' && s.length >= 4)
    .flatMap((s) => [s, encodeURIComponent(s), Buffer.from(s).toString('base64')]);
  const unique = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return (text: string) => {
    let out = text;
    for (const secret of unique) out = out.split(secret).join('[redacted]');
    return out
      .replace(/(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]')
      .replace(/([?&](?:access_token|token|client_secret|secret|password|api_key)=)[^&\s"]+/gi, '$1[redacted]');
  };
}
