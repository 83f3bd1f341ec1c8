import { createHttpClient } from '@playbook/connector-kit/http-client';
import type { Meter } from '@playbook/connector-kit/meter';
import type { BizzaboSettings } from './env.ts';

/** The audience Bizzabo's OAuth server issues Partner API tokens for. */
export const AUDIENCE = 'https://api.bizzabo.com/api';

/** A Spring-style page, as every Partner API list answers. */
export interface BizzaboPage<T> {
  content: T[];
  page: { number: number; size: number; totalElements: number; totalPages: number };
}

export interface BizzaboApiEvent {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
  timezone?: string;
  maxAttendees?: number | null;
}

export interface BizzaboApiRegistration {
  id: number;
  eventId: number;
  ticketName: string;
  registrationDate: string;
  /** `valid`, or `invalid` once cancelled or refunded. */
  validity: 'valid' | 'invalid';
  checkedin: boolean;
  properties: { firstName?: string; lastName?: string; email?: string };
}

/** A survey answer (modelled: Bizzabo publishes no survey endpoint — see the README). */
export interface BizzaboApiSurveyResponse {
  id: number;
  surveyId: string;
  questionType: 'nps' | 'rating' | 'text';
  score: number | null;
  submittedAt: string;
}

/**
 * Bizzabo's Partner API (https://bizzabo.stoplight.io/docs/bizzabo-partner-apis): an OAuth 2.0
 * client-credentials token from POST {auth}/oauth/token (JSON: client_id, client_secret,
 * account_id, audience), then lists paged with `page` (from 0) and `size` until `page.totalPages`.
 */
export function bizzaboApi(s: BizzaboSettings) {
  let token: { value: string; expiresAt: number } | undefined;
  const secrets = [s.BIZZABO_CLIENT_SECRET];
  const tokenClient = createHttpClient({
    baseUrl: s.BIZZABO_AUTH_URL ?? s.BIZZABO_BASE_URL,
    secrets,
    baseDelayMs: s.BIZZABO_RETRY_BASE_MS,
  });

  async function accessToken(meter?: Meter): Promise<string> {
    if (token && token.expiresAt > Date.now() + 60_000) return token.value;
    const res = await tokenClient.request<{ access_token: string; expires_in: number }>({
      method: 'POST',
      path: '/oauth/token',
      json: {
        grant_type: 'client_credentials',
        client_id: s.BIZZABO_CLIENT_ID,
        client_secret: s.BIZZABO_CLIENT_SECRET,
        account_id: Number(s.BIZZABO_ACCOUNT_ID),
        audience: AUDIENCE,
      },
      ...(meter ? { meter } : {}),
    });
    token = { value: res.body.access_token, expiresAt: Date.now() + res.body.expires_in * 1000 };
    return token.value;
  }

  const client = createHttpClient({
    baseUrl: s.BIZZABO_BASE_URL,
    secrets,
    auth: async () => ({ authorization: `Bearer ${await accessToken()}` }),
    baseDelayMs: s.BIZZABO_RETRY_BASE_MS,
  });

  /** Every element of a paged list; `meter` counts calls, pages and retries. */
  async function all<T>(path: string, meter: Meter): Promise<T[]> {
    const out: T[] = [];
    let page = 0;
    let totalPages = 1;
    do {
      const res = await client.request<BizzaboPage<T>>({ path, query: { page, size: s.BIZZABO_PAGE_SIZE }, meter });
      meter.pages++;
      out.push(...res.body.content);
      totalPages = res.body.page.totalPages;
      page++;
    } while (page < totalPages);
    return out;
  }

  return {
    accessToken,
    events: (meter: Meter) => all<BizzaboApiEvent>('/v1/events', meter),
    registrations: (eventId: number, meter: Meter) =>
      all<BizzaboApiRegistration>(`/v1/events/${eventId}/registrations`, meter),
    surveyResponses: (eventId: number, meter: Meter) =>
      all<BizzaboApiSurveyResponse>(`/v1/events/${eventId}/surveys/responses`, meter),
  };
}
export type BizzaboApi = ReturnType<typeof bizzaboApi>;
