import type { BizzaboApiEvent, BizzaboApiRegistration, BizzaboApiSurveyResponse } from '../bizzabo-api.ts';

const FIRST = ['Avery', 'Jordan', 'Sam', 'Riley', 'Casey', 'Morgan', 'Quinn', 'Taylor'];
const LAST = ['Stone', 'Lee', 'Patel', 'Garcia', 'Kim', 'Nguyen', 'Okafor', 'Rossi'];
const TICKETS = ['General Admission', 'VIP', 'Speaker', 'Sponsor'];

export interface SeededEvent {
  event: BizzaboApiEvent;
  registrations: BizzaboApiRegistration[];
  responses: BizzaboApiSurveyResponse[];
}

/**
 * A deterministic Bizzabo event: `count` registrations spread over [from, to), every 12th
 * cancelled (validity invalid), about `checkInShare` of the valid ones checked in, and `answers`
 * answers to the NPS question submitted at `to` minus one hour, scores cycling so roughly half
 * are promoters.
 */
export function seedEvent(
  id: number,
  name: string,
  o: { count: number; from: number; to: number; capacity?: number; checkInShare?: number; answers?: number },
): SeededEvent {
  const share = o.checkInShare ?? 0;
  const registrations = Array.from({ length: o.count }, (_, i): BizzaboApiRegistration => {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 3) % LAST.length]!;
    return {
      id: id * 100_000 + i,
      eventId: id,
      ticketName: TICKETS[i % TICKETS.length]!,
      registrationDate: new Date(o.from + Math.floor(((o.to - o.from) * i) / Math.max(1, o.count))).toISOString(),
      validity: i % 12 === 11 ? 'invalid' : 'valid',
      checkedin: i % 12 !== 11 && (i * 7) % 100 < share * 100,
      properties: { firstName: first, lastName: last, email: `${first}.${last}.${i}@example.com`.toLowerCase() },
    };
  });
  const scores = [10, 9, 8, 10, 6, 9, 7, 10, 3, 9];
  const responses = Array.from({ length: o.answers ?? 0 }, (_, i) => ({
    id: id * 100_000 + i,
    surveyId: `survey-${id}`,
    questionType: 'nps' as const,
    score: scores[i % scores.length]!,
    submittedAt: new Date(o.to - 3_600_000).toISOString(),
  }));
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    event: {
      id,
      name,
      startDate: day(o.to),
      endDate: day(o.to + 86_400_000),
      timezone: 'America/New_York',
      maxAttendees: o.capacity ?? null,
    },
    registrations,
    responses,
  };
}
