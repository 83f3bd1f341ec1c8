import type { BizzaboEventFigures } from '@playbook/contracts/types';
import type { BizzaboApiEvent, BizzaboApiRegistration, BizzaboApiSurveyResponse } from './bizzabo-api.ts';

/**
 * One Bizzabo event counted as of `asOf`: registrations made before it (valid, and no longer
 * valid), the valid ones checked in, and the answers of the 0–10 recommend question by score.
 * Counts only: names and emails of attendees stay in Bizzabo.
 */
export function countEvent(
  event: BizzaboApiEvent,
  registrations: BizzaboApiRegistration[],
  responses: BizzaboApiSurveyResponse[],
  asOf: number,
): BizzaboEventFigures {
  const before = registrations.filter((r) => Date.parse(r.registrationDate) < asOf);
  const valid = before.filter((r) => r.validity === 'valid');
  const answers = responses.filter(
    (r) =>
      r.questionType === 'nps' &&
      Number.isInteger(r.score) &&
      r.score! >= 0 &&
      r.score! <= 10 &&
      Date.parse(r.submittedAt) < asOf,
  );
  const npsAnswers = answers.length
    ? Array.from({ length: 11 }, (_, s) => answers.filter((a) => a.score === s).length)
    : [];
  return {
    bizzaboEventId: String(event.id),
    name: event.name,
    capacity: event.maxAttendees ?? null,
    registered: valid.length,
    cancelled: before.length - valid.length,
    checkedIn: valid.filter((r) => r.checkedin).length,
    npsSurveyId: answers[0]?.surveyId ?? null,
    npsAnswers,
  };
}

/** An event with nothing registered and nothing answered by then says nothing: it is skipped. */
export const hasFigures = (f: BizzaboEventFigures) => f.registered + f.cancelled > 0 || f.npsAnswers.length > 0;
