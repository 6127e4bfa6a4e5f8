/**
 * The explorer's only way to the data: GraphQL over POST to this origin's /graphql (the CSP allows
 * no other), with the tab's API key when one was entered (api/key.ts). Errors come back as
 * ApiError with the API's `extensions.code`.
 */
import { apiKey } from './key.js';

/** An error the API answered with, or a failure to reach it. */
export class ApiError extends Error {
  readonly code: string;

  constructor(message: string, code: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one GraphQL operation; rejects with ApiError, or with an AbortError when `signal` aborts. */
export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  const key = apiKey();
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(key === null ? {} : { authorization: `Bearer ${key}` }),
      },
      body: JSON.stringify({ query, variables }),
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('The explorer could not reach its server.', 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(`The server answered ${response.status} without data.`, 'BAD_RESPONSE');
  }
  const first = body.errors?.[0];
  if (first !== undefined) {
    throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  if (body.data === undefined || body.data === null) {
    throw new ApiError(`The server answered ${response.status} without data.`, 'BAD_RESPONSE');
  }
  return body.data;
}

/** True for the rejection of an aborted request (a view left, a search superseded). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
