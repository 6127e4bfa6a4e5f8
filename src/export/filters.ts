/**
 * The filters of `outpost export`: `--country`, `--type`, `--since`, checked and turned into the
 * parameters of the cypher/export/ queries (null: no filter).
 */
import { ErrorCode, OutpostError } from '../errors.js';
import { PartialDate } from '../findings/schema.js';
import { ENTITY_TYPES, type EntityType } from '../findings/vocabulary.js';
import { countryByCode, resolveCountry } from '../resolve/countries.js';

/** Filters as given on the command line. */
export interface ExportFilterOptions {
  country?: string;
  type?: string;
  since?: string;
}

/** Checked filters, as query parameters. */
export interface ExportFilters {
  /** ISO 3166-1 alpha-2 code. */
  country: string | null;
  type: EntityType | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  since: string | null;
}

/** True when no filter is set: the export is the whole graph. */
export function isUnfiltered(filters: ExportFilters): boolean {
  return filters.country === null && filters.type === null && filters.since === null;
}

/**
 * Checks the filters; throws BAD_USER_INPUT naming the option. A country is an ISO code (IE,
 * IRL, any case) or a name the gazetteer knows (Ireland); a type is an entity type in any case
 * (station, Station); a date is YYYY, YYYY-MM or YYYY-MM-DD.
 */
export function parseExportFilters(options: ExportFilterOptions): ExportFilters {
  let country: string | null = null;
  if (options.country !== undefined) {
    const found = countryByCode(options.country) ?? resolveCountry(options.country);
    if (found === undefined) {
      throw new OutpostError(
        ErrorCode.BAD_USER_INPUT,
        `--country: unknown country "${options.country}"`,
        {
          hint: 'Give an ISO 3166-1 code such as IE, or a name such as Ireland.',
        },
      );
    }
    country = found.code;
  }
  let type: EntityType | null = null;
  if (options.type !== undefined) {
    const wanted = options.type.trim().toLowerCase();
    const found = ENTITY_TYPES.find(
      (t) => t.toLowerCase() === wanted || `${t.toLowerCase()}s` === wanted,
    );
    if (found === undefined) {
      throw new OutpostError(
        ErrorCode.BAD_USER_INPUT,
        `--type: unknown entity type "${options.type}"`,
        {
          hint: `Give one of ${ENTITY_TYPES.join(', ')}.`,
        },
      );
    }
    type = found;
  }
  let since: string | null = null;
  if (options.since !== undefined) {
    if (!PartialDate.safeParse(options.since).success) {
      throw new OutpostError(
        ErrorCode.BAD_USER_INPUT,
        `--since: "${options.since}" is not a date`,
        {
          hint: 'Give YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-01.',
        },
      );
    }
    since = options.since;
  }
  return { country, type, since };
}
