import { z } from '@hono/zod-openapi';

export const registrationSchema = z
  .object({
    registered: z.int(),
    checkedIn: z.int(),
    capacity: z.int().nullable(),
    asOf: z.string().openapi({ description: 'When the registration system counted them.' }),
    source: z.string().openapi({ example: 'bizzabo' }),
    externalEventId: z.string().nullable(),
  })
  .openapi('RegistrationSnapshot');

export const npsSchema = z
  .object({
    score: z.int().openapi({ description: '% promoters − % detractors, rounded (−100…100).' }),
    respondents: z.int(),
    promoters: z.int(),
    passives: z.int(),
    detractors: z.int(),
    asOf: z.string().openapi({ description: 'When the survey system computed it.' }),
    source: z.string().openapi({ example: 'bizzabo' }),
    surveyId: z.string().nullable(),
  })
  .openapi('NpsReading');
