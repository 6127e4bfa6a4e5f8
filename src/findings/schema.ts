/**
 * The Findings format, `outpost-findings/1`: the one interchange document every importer emits
 * and an NGO can write or edit by hand. This zod schema is the single definition: the TypeScript
 * types are inferred from it and schema/findings.schema.json is generated from it.
 */
import { z } from 'zod';
import { projectPath } from '../paths.js';
import {
  EVENT_TYPES,
  METHODS,
  ORGANISATION_KINDS,
  PERSON_ROLES,
  PREDICATE_NAMES,
  SOURCE_KINDS,
} from './vocabulary.js';

/** Where the generated JSON Schema is kept (a test checks it matches this file's schema). */
export const FINDINGS_SCHEMA_FILE = projectPath('schema/findings.schema.json');

/** The format tag of this version. */
export const FINDINGS_FORMAT = 'outpost-findings/1';

/** A calendar date with its precision in its shape: `2023`, `2023-04` or `2023-04-28`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'a real calendar date')
  .describe(
    'A date whose precision is its shape: YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day).',
  );

/** Where a quote sits in the source's stored text: [start, end) in UTF-16 code units. */
const Offsets = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .strict()
  .refine((o) => o.end > o.start, { message: 'end must be greater than start', path: ['end'] })
  .describe('Character offsets of the quote in source.text: start inclusive, end exclusive.');

const Ref = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'a ref of letters, digits and _ . : -')
  .describe('A local reference, unique within this document.');

const Confidence = z
  .number()
  .min(0)
  .max(1)
  .describe('How sure the author or extractor is, 0 to 1.');

/** The document the findings come from. */
export const Source = z
  .object({
    url: z.url().optional().describe('Where the document is published; identifies the source.'),
    title: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    published: PartialDate.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'an ISO 639 language code such as en')
      .optional(),
    kind: z.enum(SOURCE_KINDS),
    edition: z
      .string()
      .min(1)
      .optional()
      .describe('Edition of a report; later editions keep earlier claims.'),
    text: z.string().optional().describe('The stored text that quotes and offsets refer to.'),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.text !== undefined || s.title !== undefined, {
    message: 'a source needs a url, a text or at least a title to be identified',
  });

const Coordinates = z
  .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
  .strict();

const EntityBase = {
  ref: Ref,
  name: z.string().trim().min(1).max(500),
  aliases: z.array(z.string().trim().min(1).max(500)).optional(),
  id: z
    .string()
    .min(1)
    .optional()
    .describe('A canonical outpost-graph id when the author knows it (e.g. from an export).'),
  note: z.string().optional(),
};

/** A thing the document speaks of. Fields beyond name and aliases depend on the type. */
export const Entity = z.discriminatedUnion('type', [
  z
    .object({
      ...EntityBase,
      type: z.literal('Station'),
      address: z.string().optional(),
      coordinates: Coordinates.optional(),
    })
    .strict(),
  z
    .object({ ...EntityBase, type: z.literal('Organisation'), kind: z.enum(ORGANISATION_KINDS) })
    .strict(),
  z.object({ ...EntityBase, type: z.literal('Network') }).strict(),
  z.object({ ...EntityBase, type: z.literal('Person') }).strict(),
  z.object({ ...EntityBase, type: z.literal('Community') }).strict(),
  z
    .object({
      ...EntityBase,
      type: z.literal('City'),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional()
        .describe('ISO 3166-1 alpha-2 hint'),
      geonameId: z.number().int().positive().optional(),
      coordinates: Coordinates.optional(),
    })
    .strict(),
  z
    .object({
      ...EntityBase,
      type: z.literal('Region'),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
      code: z
        .string()
        .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'an ISO 3166-2 code such as US-NE')
        .optional(),
    })
    .strict(),
  z
    .object({
      ...EntityBase,
      type: z.literal('Country'),
      code: z
        .string()
        .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as NL')
        .optional(),
    })
    .strict(),
]);

const Evidence = {
  quote: z.string().min(1).describe('The exact words of the source that state it.'),
  offsets: Offsets.optional(),
  location: z
    .string()
    .optional()
    .describe('Where in the document, when offsets do not apply (e.g. "table 2, row 14").'),
  confidence: Confidence,
  method: z.enum(METHODS),
};

/** One statement of the source about a subject: to an object entity, or a literal value. */
export const Claim = z
  .object({
    subject: Ref,
    predicate: z.enum(PREDICATE_NAMES as [string, ...string[]]),
    object: Ref.optional(),
    value: z.union([z.string().min(1), z.number()]).optional(),
    unit: z.string().min(1).optional().describe('For HAS_FIGURE: what is counted.'),
    qualifier: z.enum(['at least', 'about', 'exactly', 'at most', 'more than']).optional(),
    role: z.enum(PERSON_ROLES).optional().describe('For PARTICIPANT_IN: the part played.'),
    date: PartialDate.optional().describe(
      'When the stated fact held; defaults to the source date.',
    ),
    ...Evidence,
  })
  .strict()
  .refine((c) => (c.object === undefined) !== (c.value === undefined), {
    message: 'a claim has either an object or a value, not both and not neither',
  });

/** Something that happened: an arrest, charge, closure, investigation, meeting, report... */
export const Event = z
  .object({
    ref: Ref,
    type: z.enum(EVENT_TYPES),
    name: z.string().trim().min(1).max(500),
    date: PartialDate.optional(),
    place: Ref.optional(),
    participants: z
      .array(z.object({ ref: Ref, role: z.enum(PERSON_ROLES).optional() }).strict())
      .default([]),
    description: z.string().optional(),
    ...Evidence,
  })
  .strict();

/** The whole document. */
export const Findings = z
  .object({
    format: z.literal(FINDINGS_FORMAT),
    source: Source,
    entities: z.array(Entity).default([]),
    claims: z.array(Claim).default([]),
    events: z.array(Event).default([]),
  })
  .strict();

export type Findings = z.infer<typeof Findings>;
export type FindingsInput = z.input<typeof Findings>;
export type FindingsSource = z.infer<typeof Source>;
export type FindingsEntity = z.infer<typeof Entity>;
export type FindingsClaim = z.infer<typeof Claim>;
export type FindingsEvent = z.infer<typeof Event>;

/** The JSON Schema of the format, generated from the zod schema above. */
export function findingsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Findings, { io: 'input', target: 'draft-2020-12' });
  return {
    $id: 'https://outpost-graph.org/schema/findings.schema.json',
    title: 'outpost-graph findings (outpost-findings/1)',
    description:
      'A document of entities, claims and events found in one source, each claim with its exact quote. Generated from src/findings/schema.ts by `npm run schema:findings`; do not edit by hand.',
    ...schema,
  };
}

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y as number, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
