import { describe, it, expect } from 'vitest';
import { ORGANISATION_KINDS } from '../../src/findings/vocabulary.js';
import { nameKey, normaliseName } from '../../src/resolve/names.js';
import {
  guessOrganisationKind,
  organisationEntries,
  resolveOrganisation,
} from '../../src/resolve/organisations.js';

describe('organisations', () => {
  it('resolves the UFWD under all its names', () => {
    for (const name of [
      'UFWD',
      'United Front',
      'the United Front',
      'United Front Work Department',
      'Central United Front Work Department',
    ]) {
      const match = resolveOrganisation(name);
      expect(match.key, name).toBe('united-front-work-department');
      expect(match.kind, name).toBe('UFWD');
    }
  });

  it('resolves the organisations of the seed article with kind and country', () => {
    const expected: [string, string, string, string | undefined][] = [
      ['FBI', 'Federal Bureau of Investigation', 'LAW_ENFORCEMENT', 'US'],
      ['NCTV', 'National Coordinator for Security and Counterterrorism', 'GOVERNMENT', 'NL'],
      [
        'Coordinator for National Counter Terrorism and Security',
        'National Coordinator for Security and Counterterrorism',
        'GOVERNMENT',
        'NL',
      ],
      ['Ministry of Justice & Security', 'Ministry of Justice and Security', 'GOVERNMENT', 'NL'],
      [
        'Ministry of Social Affairs',
        'Ministry of Social Affairs and Employment',
        'GOVERNMENT',
        'NL',
      ],
      ['Safeguard Defenders', 'Safeguard Defenders', 'NGO', 'ES'],
      ['NYP', 'New York Post', 'MEDIA', 'US'],
      ['Chinese Communist Party', 'Chinese Communist Party', 'OTHER', 'CN'],
      ['Tibet Support Group', 'Tibet Support Group', 'NGO', undefined],
    ];
    for (const [given, name, kind, country] of expected) {
      const match = resolveOrganisation(given);
      expect(match.name, given).toBe(name);
      expect(match.kind, given).toBe(kind);
      expect(match.country, given).toBe(country);
      expect(match.key, given).toBe(nameKey(name));
    }
  });

  it('ignores a leading "the", a possessive and dotted initials', () => {
    expect(resolveOrganisation("FBI's").name).toBe('Federal Bureau of Investigation');
    expect(resolveOrganisation('the F.B.I.').name).toBe('Federal Bureau of Investigation');
    expect(resolveOrganisation("Safeguard Defenders'").name).toBe('Safeguard Defenders');
    expect(resolveOrganisation('the Guardian').name).toBe('The Guardian');
    expect(resolveOrganisation('RCMP').kind).toBe('LAW_ENFORCEMENT');
    expect(resolveOrganisation('Qingtian PSB').name).toBe('Qingtian County Public Security Bureau');
    expect(resolveOrganisation('Gardaí').country).toBe('IE');
  });

  it('keeps an unknown name as given, keyed by its nameKey, without a kind', () => {
    expect(resolveOrganisation('  Fuqing Hometown Association ')).toEqual({
      key: 'fuqing-hometown-association',
      name: 'Fuqing Hometown Association',
      kind: undefined,
      aliases: [],
    });
  });

  it('has a valid kind, a source and no shared alias in every table entry', () => {
    const seen = new Map<string, string>();
    for (const entry of organisationEntries()) {
      expect(ORGANISATION_KINDS).toContain(entry.kind);
      expect(entry.source.length, entry.name).toBeGreaterThan(5);
      if (entry.country !== undefined) expect(entry.country).toMatch(/^[A-Z]{2}$/);
      for (const form of [entry.name, ...entry.aliases]) {
        const key = normaliseName(form);
        const owner = seen.get(key);
        expect(owner === undefined || owner === entry.name, form).toBe(true);
        seen.set(key, entry.name);
      }
    }
  });

  it('guesses the kind of unknown organisations from their words', () => {
    const expected: Record<string, string> = {
      'Fuzhou Public Security Bureau': 'POLICE_BUREAU',
      'Lishui PSB': 'POLICE_BUREAU',
      'Fuzhou Police Bureau': 'POLICE_BUREAU',
      'America ChangLe Association': 'FRONT',
      'Hungarian Chinese Chamber of Commerce': 'FRONT',
      'Fuqing Fellow Townsmen Association': 'FRONT',
      'Chinese Community Centre of Toronto': 'FRONT',
      'Overseas Chinese Associations': 'FRONT',
      'Ministry of Foreign Affairs': 'GOVERNMENT',
      'Chinese Embassy in Dublin': 'GOVERNMENT',
      'Department of Homeland Security': 'GOVERNMENT',
      'Toronto Police Service': 'LAW_ENFORCEMENT',
      'Guardia Civil': 'LAW_ENFORCEMENT',
      'Public Prosecutor': 'LAW_ENFORCEMENT',
      'Epoch Times': 'MEDIA',
      'Radio Free Asia': 'MEDIA',
      'Hong Kong Watch': 'NGO',
      'Chinese Human Rights Defenders': 'NGO',
      'United Front Work Department of Fujian': 'UFWD',
      福清同乡会: 'FRONT',
      青田县公安局: 'POLICE_BUREAU',
    };
    for (const [name, kind] of Object.entries(expected)) {
      expect(guessOrganisationKind(name), name).toBe(kind);
    }
  });

  it('guesses nothing from words that name no kind', () => {
    expect(guessOrganisationKind('Acme Trading Ltd')).toBeUndefined();
    expect(guessOrganisationKind('Postmodern Holdings')).toBeUndefined();
  });
});
