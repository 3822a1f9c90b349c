/**
 * The spelling check of the English edition (scripts/check/spelling.ts): it must find British forms, leave
 * US ones and words spelled alike in both alone, and exempt the official interpretation's words only where
 * they are quoted.
 */
import { describe, expect, it } from 'vitest';
import { britishSpellings, isQuoted } from '../../scripts/check/spelling.ts';

const words = (text: string, quoted = '') => britishSpellings(text, quoted).map((problem) => problem.word);

describe('spelling check', () => {
  it('should find each kind of British form the issue names', () => {
    expect(words('The Service-Sector Standardisation Policy Library')).toEqual(['Standardisation']);
    expect(words('organisations, organised, recognising and optimiser')).toEqual(['organisations', 'organised', 'recognising', 'optimiser']);
    expect(words('colour, labour and neighbouring favourably')).toEqual(['colour', 'labour', 'neighbouring', 'favourably']);
    expect(words('an enterprise-centred system; the centre of a theatre')).toEqual(['centred', 'centre', 'theatre']);
    expect(words('content labelled as editorial, modelling and travellers')).toEqual(['labelled', 'modelling', 'travellers']);
    expect(words('a Special Programme, MIT licence, PDF artefacts')).toEqual(['Programme', 'licence', 'artefacts']);
    expect(words('the World Health Organisation')).toEqual(['Organisation']);
  });

  it('should leave US spellings and words spelled alike in both alone', () => {
    const text =
      'Standardization organizations labeled the center; the program and license; enterprises exercise, revise, advise, ' +
      'supervise and promise; premises, expertise and otherwise; raising the franchise; crises; hours of our tour; four colors; labor; ' +
      'controlled and compelled; characteristic analyses.';
    expect(words(text)).toEqual([]);
  });

  it('should leave the proper name of a body that spells itself British', () => {
    expect(words('the World Organisation for Animal Health (WOAH)')).toEqual([]);
  });

  it("should exempt the official interpretation's words only inside a verbatim quotation of seven words", () => {
    const official = 'It helps to promote the organisation of pilot work in eleven provinces and cities across the country.';
    const quoting = 'The interpretation says: “It helps to promote the organisation of pilot work in eleven provinces”.';
    expect(words(quoting, official)).toEqual([]);
    // The same word in the site's own words is not a quotation…
    expect(words('The site describes the organisation of its pages and their links.', official)).toEqual(['organisation']);
    // …nor is the word alone, or in a phrase too short to be a quotation.
    expect(words('organisation', official)).toEqual(['organisation']);
    expect(words('the organisation of pilot work', official)).toEqual(['organisation']);
    expect(isQuoted(quoting, quoting.indexOf('organisation'), official)).toBe(true);
  });
});
