/**
 * Citations in the whole model (scripts/model/build-model.ts): the small corpus of tests/unit/fixtures/model
 * with its first measure naming an agreement, built with the instrument list of
 * tests/unit/fixtures/citations. A citation carries the measure it stands in; an instrument listed but
 * cited by no text stops the build at the line of its id.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../scripts/model/build-model.ts';
import { readInstruments } from '../../scripts/model/instruments.ts';
import type { ParsedDocument } from '../../scripts/parse/parse-seed.ts';
import { parseCorpus } from './fixtures/model/summarise.ts';

/** The corpus, with 对标《数字经济伙伴关系协定》 written into measure 1 of the Opinions (制定标准50项以上). */
async function citingCorpus() {
  const { manifest, parsed, editorial } = await parseCorpus();
  const citing = JSON.parse(JSON.stringify(parsed).replaceAll('制定标准50项以上', '对标《数字经济伙伴关系协定》制定标准50项以上')) as ParsedDocument[];
  expect(JSON.stringify(citing)).not.toBe(JSON.stringify(parsed));
  return { manifest, parsed: citing, editorial, instruments: await readInstruments('tests/unit/fixtures/citations') };
}

describe('citations in the model', () => {
  it('should cite the instrument from the measure that names it, and make the instrument an entity', async () => {
    const { manifest, parsed, editorial, instruments } = await citingCorpus();
    const depa = { ...instruments, data: { instruments: instruments.data.instruments.filter((entry) => entry.id === 'depa') } };
    const model = buildModel(parsed, manifest, { ...editorial, instruments: depa });
    expect(model.citations.map((citation) => [citation.document, citation.measure, citation.printed, citation.cites])).toEqual([['opinions', 'opinions-1', '《数字经济伙伴关系协定》', { type: 'instrument', id: 'depa' }]]);
    expect(model.instruments.map((instrument) => [instrument.id, instrument.en.name])).toEqual([['depa', 'Digital Economy Partnership Agreement']]);
  });

  it('should stop at the line of the id of every instrument no text cites', async () => {
    const { manifest, parsed, editorial, instruments } = await citingCorpus();
    const uncited = (id: string, line: number) => `seeds/editorial/instruments.json:${line}: instrument "${id}" is cited by no text: list only what the texts cite`;
    expect(() => buildModel(parsed, manifest, { ...editorial, instruments })).toThrow([uncited('cptpp', 4), uncited('rcep', 12), uncited('ifd-agreement', 16)].join('\n'));
  });
});
