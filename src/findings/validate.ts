/**
 * Validation of a Findings document: the shape (zod), then what the shape cannot say — refs that
 * resolve, predicates that fit their subject and object types, literal values of the right kind,
 * offsets inside the text and quotes that are at those offsets. Every problem names its JSON path.
 * An invalid document is refused whole: nothing of it is written.
 */
import type { z } from 'zod';
import { ErrorCode, OutpostError } from '../errors.js';
import { Findings, FINDINGS_FORMAT, type FindingsInput } from './schema.js';
import {
  PERSON_ROLES,
  PREDICATES,
  STATION_STATUSES,
  type EntityType,
  type Predicate,
  type PredicateRule,
} from './vocabulary.js';

/** One thing wrong with a document, at a JSON path such as `$.claims[2].object`. */
export interface Problem {
  path: string;
  message: string;
}

/** A valid document, and what is odd about it but not wrong. */
export interface ValidFindings {
  findings: Findings;
  warnings: Problem[];
}

/** Parses JSON text and validates it; throws FINDINGS_INVALID listing every problem. */
export function parseFindings(text: string, origin = 'findings'): ValidFindings {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid(origin, [{ path: '$', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return validateFindings(data, origin);
}

/** Validates a parsed document; throws FINDINGS_INVALID listing every problem. */
export function validateFindings(data: unknown, origin = 'findings'): ValidFindings {
  if (typeof data === 'object' && data !== null && 'format' in data) {
    const format = (data as { format: unknown }).format;
    if (format !== FINDINGS_FORMAT) {
      throw invalid(origin, [
        {
          path: '$.format',
          message: `expected "${FINDINGS_FORMAT}", got ${JSON.stringify(format)}`,
        },
      ]);
    }
  }
  const parsed = Findings.safeParse(data);
  if (!parsed.success) throw invalid(origin, zodProblems(parsed.error));
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  checkReferences(parsed.data, problems, warnings);
  if (problems.length > 0) throw invalid(origin, problems);
  return { findings: parsed.data, warnings };
}

/** Formats a JSON path from zod's path segments: `$.claims[3].subject`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (path, segment) =>
      typeof segment === 'number' ? `${path}[${segment}]` : `${path}.${String(segment)}`,
    '$',
  );
}

function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: jsonPath(issue.path),
    message: describeIssue(issue),
  }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `missing; expected ${issue.expected}`;
  }
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (
    issue.code === 'invalid_union' &&
    'note' in issue &&
    issue.note === 'No matching discriminator'
  ) {
    return 'unknown type; expected one of the entity types';
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  }
  return issue.message.startsWith('Invalid') ? `${issue.message}` : `expected ${issue.message}`;
}

function checkReferences(findings: Findings, problems: Problem[], warnings: Problem[]): void {
  const types = new Map<string, EntityType>();
  const declare = (ref: string, type: EntityType, path: string) => {
    if (types.has(ref)) problems.push({ path, message: `ref "${ref}" is used twice` });
    else types.set(ref, type);
  };
  findings.entities.forEach((e, i) => declare(e.ref, e.type, `$.entities[${i}].ref`));
  findings.events.forEach((e, i) => declare(e.ref, 'Event', `$.events[${i}].ref`));

  const text = findings.source.text;
  const checkEvidence = (
    evidence: { quote: string; offsets?: { start: number; end: number } | undefined },
    path: string,
  ) => {
    if (evidence.offsets === undefined) {
      if (text !== undefined && !text.includes(evidence.quote)) {
        warnings.push({ path: `${path}.quote`, message: 'quote not found in source.text' });
      }
      return;
    }
    const { start, end } = evidence.offsets;
    if (text === undefined) {
      problems.push({
        path: `${path}.offsets`,
        message: 'offsets given but source.text is missing',
      });
    } else if (end > text.length) {
      problems.push({
        path: `${path}.offsets`,
        message: `outside the text: end ${end} > text length ${text.length}`,
      });
    } else if (text.slice(start, end) !== evidence.quote) {
      problems.push({
        path: `${path}.quote`,
        message: `not the text at offsets ${start}-${end} (which reads ${JSON.stringify(truncate(text.slice(start, end)))})`,
      });
    }
  };

  findings.claims.forEach((claim, i) => {
    const path = `$.claims[${i}]`;
    const rule: PredicateRule = PREDICATES[claim.predicate as Predicate];
    const subjectType = types.get(claim.subject);
    if (subjectType === undefined) {
      problems.push({ path: `${path}.subject`, message: `unknown ref "${claim.subject}"` });
    } else if (!rule.subjects.includes(subjectType)) {
      problems.push({
        path: `${path}.predicate`,
        message: `${claim.predicate} does not apply to a ${subjectType}; its subject is one of ${rule.subjects.join(', ')}`,
      });
    }
    if (claim.object !== undefined) {
      const objectType = types.get(claim.object);
      if (rule.objects === undefined) {
        problems.push({
          path: `${path}.object`,
          message: `${claim.predicate} takes a value, not an object`,
        });
      } else if (objectType === undefined) {
        problems.push({ path: `${path}.object`, message: `unknown ref "${claim.object}"` });
      } else if (!rule.objects.includes(objectType)) {
        problems.push({
          path: `${path}.object`,
          message: `${claim.predicate} cannot point to a ${objectType}; its object is one of ${rule.objects.join(', ')}`,
        });
      }
    } else {
      checkLiteral(rule, claim, path, problems);
    }
    if (claim.role !== undefined && claim.predicate !== 'PARTICIPANT_IN') {
      problems.push({ path: `${path}.role`, message: 'role goes with PARTICIPANT_IN only' });
    }
    checkEvidence(claim, path);
  });

  findings.events.forEach((event, i) => {
    const path = `$.events[${i}]`;
    if (event.place !== undefined) {
      const placeType = types.get(event.place);
      if (placeType === undefined)
        problems.push({ path: `${path}.place`, message: `unknown ref "${event.place}"` });
      else if (!['City', 'Region', 'Country'].includes(placeType)) {
        problems.push({
          path: `${path}.place`,
          message: `a place is a City, Region or Country, not a ${placeType}`,
        });
      }
    }
    event.participants.forEach((participant, j) => {
      const type = types.get(participant.ref);
      if (type === undefined) {
        problems.push({
          path: `${path}.participants[${j}].ref`,
          message: `unknown ref "${participant.ref}"`,
        });
      } else if (!PREDICATES.PARTICIPANT_IN.subjects.includes(type as never)) {
        problems.push({
          path: `${path}.participants[${j}].ref`,
          message: `a ${type} cannot take part in an event`,
        });
      }
    });
    checkEvidence(event, path);
  });
}

function checkLiteral(
  rule: PredicateRule,
  claim: Findings['claims'][number],
  path: string,
  problems: Problem[],
): void {
  const value = claim.value;
  const at = `${path}.value`;
  switch (rule.literal) {
    case undefined:
      problems.push({
        path: `${path}.object`,
        message: `missing; ${claim.predicate} points to an entity`,
      });
      return;
    case 'status':
      if (!STATION_STATUSES.includes(value as never)) {
        problems.push({ path: at, message: `expected one of ${STATION_STATUSES.join(', ')}` });
      }
      return;
    case 'role':
      if (!PERSON_ROLES.includes(value as never)) {
        problems.push({ path: at, message: `expected one of ${PERSON_ROLES.join(', ')}` });
      }
      return;
    case 'number':
      if (typeof value !== 'number' || value < 0 || value > 150) {
        problems.push({ path: at, message: 'expected a number from 0 to 150' });
      }
      return;
    case 'figure':
      if (typeof value !== 'number' || value < 0)
        problems.push({ path: at, message: 'expected a count (a number)' });
      if (claim.unit === undefined)
        problems.push({ path: `${path}.unit`, message: 'missing; say what is counted' });
      return;
    case 'text':
      if (typeof value !== 'string') problems.push({ path: at, message: 'expected text' });
      return;
  }
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function invalid(origin: string, problems: Problem[]): OutpostError {
  const shown = problems.slice(0, 10).map((p) => `  ${p.path}: ${p.message}`);
  if (problems.length > 10) shown.push(`  ... and ${problems.length - 10} more`);
  return new OutpostError(
    ErrorCode.FINDINGS_INVALID,
    `${origin} is not valid ${FINDINGS_FORMAT}; nothing was written:\n${shown.join('\n')}`,
    { details: { problems } },
  );
}

/** For callers that build findings in code: validates and returns the typed document. */
export function checkFindings(input: FindingsInput, origin = 'findings'): ValidFindings {
  return validateFindings(input, origin);
}
