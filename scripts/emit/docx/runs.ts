/**
 * Text runs and paragraphs in the Word files, each declaring its language and fonts so CJK text opens
 * as CJK in Word and LibreOffice: `w:rFonts w:eastAsia` names a font every Chinese Word installation has
 * (宋体 SimSun for Simplified, 新細明體 PMingLiU for Traditional), `w:lang w:eastAsia` the language, from
 * which Word and LibreOffice pick their own East Asian font when the named one is missing. No web font,
 * no embedded font: the files stay small and the reader's fonts set the text.
 */
import { HeadingLevel, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import type { Lang } from '../../../src/schema/manifest.ts';

const LATIN = 'Times New Roman';
const EAST_ASIAN: Record<Lang, { font: string; lang: string }> = {
  'zh-Hans': { font: 'SimSun', lang: 'zh-CN' },
  'zh-Hant': { font: 'PMingLiU', lang: 'zh-TW' },
  // English texts quote Chinese names and numbers (商资发〔2024〕314号): those take the Simplified font.
  en: { font: 'SimSun', lang: 'zh-CN' },
};

/** A run of text in `lang`. The text is the model's: the docx library escapes it, so `<w:p>` or `&` in a seed stays text. */
function run(text: string, lang: Lang, options: { bold?: boolean; size?: number } = {}): TextRun {
  const eastAsian = EAST_ASIAN[lang];
  const chinese = lang !== 'en';
  return new TextRun({
    text,
    bold: options.bold,
    size: options.size,
    // The hint makes Word set the punctuation Chinese and Latin text share (“”：) in the East Asian font in a Chinese text.
    font: { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: eastAsian.font, hint: chinese ? 'eastAsia' : undefined },
    language: { value: chinese ? eastAsian.lang : 'en-GB', eastAsia: eastAsian.lang },
  });
}

/** A paragraph of one run. */
export const paragraph = (text: string, lang: Lang, options: Omit<IParagraphOptions, 'children' | 'text'> & { bold?: boolean; size?: number } = {}) => {
  const { bold, size, ...rest } = options;
  return new Paragraph({ ...rest, children: [run(text, lang, { bold, size })] });
};

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** A heading at the depth the page gives it (h2 for depth 1 … h5 for 4 and deeper: Word's Heading 1 … 4). */
export const heading = (text: string, lang: Lang, depth: number) => paragraph(text, lang, { heading: HEADINGS[Math.min(Math.max(depth, 1), 4) - 1] });
