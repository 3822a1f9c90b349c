/**
 * One spelling in the English edition: US, the official interpretation's convention ("Standardization",
 * "organizational", "labor"). Finds British forms in English text — -ise/-isation, -our, -tre, doubled
 * l before a suffix ("labelled"), "programme" and a few more — and exempts a word only where it stands in
 * a verbatim quotation of the official interpretation (its own words are not ours to respell).
 */

export interface SpellingProblem {
  /** The word as written. */
  word: string;
  /** Some text around it, for the message. */
  context: string;
}

/** -ise words that are spelled so in US English too (advise, enterprise, exercise…); whole words, since organise ends in anise and categorise in rise. */
const ISE_EVERYWHERE = [
  'advise', 'anticlockwise', 'apprise', 'arise', 'bruise', 'chastise', 'circumcise', 'clockwise', 'comprise', 'compromise', 'concise',
  'cruise', 'demise', 'despise', 'devise', 'disguise', 'enfranchise', 'disenfranchise', 'enterprise', 'excise', 'exercise', 'expertise', 'franchise', 'guise',
  'improvise', 'incise', 'likewise', 'merchandise', 'noise', 'pairwise', 'piecewise', 'stepwise', 'sunrise', 'otherwise', 'paradise', 'poise', 'porpoise', 'praise',
  'precise', 'premise', 'promise', 'raise', 'advertise', 'exorcise', 'reprise', 'revise', 'rise', 'supervise', 'surmise', 'surprise', 'televise',
  'tortoise', 'treatise', 'turquoise', 'valise', 'wise',
];

/** Word stems whose British spelling has -our where US has -or (colour, labour, neighbour…). */
const OUR_STEMS = [
  'ardo', 'armo', 'behavio', 'cando', 'clamo', 'colo', 'demeano', 'endeavo', 'favo', 'fervo', 'flavo', 'harbo', 'hono', 'humo',
  'labo', 'neighbo', 'odo', 'parlo', 'rigo', 'rumo', 'savo', 'savio', 'splendo', 'tumo', 'valo', 'vapo', 'vigo',
];

/** Whole words (and their inflections) spelled otherwise in US English. */
const BRITISH_WORDS = [
  'programme', 'programmes', 'licence', 'licences', 'defence', 'offence', 'offences', 'practise', 'practised', 'practises', 'practising',
  'judgement', 'judgements', 'acknowledgement', 'acknowledgements', 'ageing', 'enquiry', 'enquiries', 'artefact', 'artefacts',
  'grey', 'whilst', 'cheque', 'cheques', 'tyre', 'tyres', 'aluminium', 'storey', 'storeys', 'mould', 'moulds', 'sceptical',
  'catalogue', 'catalogues', 'fulfil', 'fulfils', 'fulfilment', 'enrol', 'enrols', 'enrolment', 'instalment', 'instalments',
  'skilful', 'wilful', 'manoeuvre', 'manoeuvres', 'analyse', 'analysed', 'analysing', 'paralyse', 'catalyse', 'catalysed',
  'oestrogen', 'paediatric', 'orthopaedic', 'anaesthesia', 'haemorrhage',
];

/** Names of bodies whose own English name is spelled British: a name is not ours to respell. */
const PROPER_NAMES = ['World Organisation for Animal Health'];

/** Each pattern finds candidate words; the function keeps the British ones. */
const PATTERNS: Array<[RegExp, (word: string) => boolean]> = [
  // organise, organised, organising, organisation(s), organiser(s); not enterprise, exercise, revise…
  [/\b[a-z]+is(?:e|ed|es|ing|ation|ations|er|ers)\b/gi, (word) => {
    const base = word.toLowerCase().replace(/is(?:e|ed|es|ing|ation|ations|er|ers)$/, 'ise');
    return base.length > 5 && !ISE_EVERYWHERE.includes(base);
  }],
  // colour, labour, neighbouring, favourable…
  [new RegExp(`\\b[a-z]*(?:${OUR_STEMS.join('|')})ur[a-z]*\\b`, 'gi'), () => true],
  // centre, centred, metre, theatre, fibre…: British -re where US has -er
  [/\b[a-z]*(?:centre|centred|centres|centring|metre|metres|litre|litres|theatre|theatres|fibre|fibres|calibre|sombre|spectre|lustre|meagre|sabre)\b/gi, () => true],
  // labelled, modelling, travelled, cancelled, counsellor…: US keeps one l before a suffix after an unstressed syllable
  [/\b(?:label|model|travel|cancel|level|signal|total|fuel|counsel|channel|marshal|tunnel|funnel|dial|equal|rival|jewel|libel|marvel|pedal|quarrel|shovel|tassel)l(?:ed|ing|er|ers|or|ors)\b/gi, () => true],
  [new RegExp(`\\b(?:${BRITISH_WORDS.join('|')})\\b`, 'gi'), () => true],
];

/** The words on either side of a flagged word that must match the quoted text with it (seven words in all). */
const QUOTE_WORDS = 7;

const normalize = (text: string) => text.replace(/["“”‘’]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether the word at `index` of `text` stands inside a verbatim quotation of `quoted` (the official
 * interpretation): seven words of `text` around it (three either side, more on one side at an edge) are
 * a phrase of the quoted text. A word standing alone, or among the site's own words, is not a quotation.
 */
export function isQuoted(text: string, index: number, quoted: string): boolean {
  const tokens = [...text.matchAll(/\S+/g)];
  if (tokens.length < QUOTE_WORDS) return false;
  const at = tokens.findIndex((token) => token.index + token[0].length > index);
  const first = Math.max(0, Math.min(at - 3, tokens.length - QUOTE_WORDS));
  const phrase = tokens.slice(first, first + QUOTE_WORDS).map((token) => token[0]).join(' ');
  return normalize(quoted).includes(normalize(phrase).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}

/** British spellings in a piece of English text, except inside a quotation of `quoted` (the official interpretation). */
export function britishSpellings(original: string, quoted = ''): SpellingProblem[] {
  const problems: SpellingProblem[] = [];
  const text = PROPER_NAMES.reduce((current, name) => current.split(name).join(' '.repeat(name.length)), original);
  for (const [pattern, flagged] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (!flagged(match[0]) || (quoted !== '' && isQuoted(text, match.index, quoted))) continue;
      const start = Math.max(0, match.index - 40);
      problems.push({ word: match[0], context: original.slice(start, match.index + match[0].length + 40).replace(/\s+/g, ' ').trim() });
    }
  }
  return problems;
}
