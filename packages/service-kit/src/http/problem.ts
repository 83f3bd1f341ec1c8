import { CodedError, isCodedError } from '@playbook/errors/coded-error';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';

/** RFC 9457 problem details, the one error shape of every service. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  correlationId?: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface ProblemInput {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

export function problemResponse(c: Context, problem: ProblemInput): Response {
  const body = {
    type: `https://playbook.dev/problems/${problem.code.toLowerCase().replaceAll('.', '/').replaceAll('_', '-')}`,
    title: problem.title ?? TITLES[problem.status] ?? 'Error',
    instance: c.req.path,
    correlationId: c.get('correlationId' as never),
    ...problem,
  };
  return c.body(JSON.stringify(body), problem.status as never, { 'content-type': 'application/problem+json' });
}

export function validationProblem(c: Context, error: ZodError, where: string): Response {
  return problemResponse(c, {
    status: 400,
    code: 'HTTP.VALIDATION_FAILED',
    detail: `The request ${where} is not valid.`,
    errors: error.issues.map((issue) => ({ path: issue.path.join('.') || where, message: issue.message })),
  });
}

/**
 * The one onError of every service: coded errors keep their status and code; anything else is a
 * 500 that says nothing about internals (the log has the stack).
 */
export function toProblem(c: Context, error: unknown, exposeInternals: boolean): Response {
  if (error instanceof HTTPException && error.status < 500) {
    return problemResponse(c, { status: error.status, code: 'HTTP.BAD_REQUEST', detail: error.message });
  }
  if (isCodedError(error)) {
    return problemResponse(c, {
      status: error.status,
      code: error.code,
      detail: error.message,
      ...(error.details ?? {}),
    });
  }
  return problemResponse(c, {
    status: 500,
    code: 'HTTP.INTERNAL',
    detail: exposeInternals && error instanceof Error ? error.message : 'Something went wrong on our side.',
  });
}

export const notFound = (what: string, code: string) => new CodedError(code, `${what} was not found`, 404);
export const conflict = (detail: string, code: string) => new CodedError(code, detail, 409);
export const forbidden = (detail: string, code = 'AUTH.FORBIDDEN') => new CodedError(code, detail, 403);
export const unauthorized = (detail: string, code = 'AUTH.UNAUTHENTICATED') => new CodedError(code, detail, 401);
