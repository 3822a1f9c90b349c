/**
 * Preview images (1200×630 PNG, for Open Graph and chat apps) of every task, measure and document,
 * with its title in Chinese and English, and one for the site as a whole.
 *
 * Drawn by satori (layout → SVG, text as outlines) and rasterised by resvg. The font is Noto Sans CJK
 * from npm (@embedpdf/fonts-sc, Simplified; @embedpdf/fonts-tc for the Traditional-script notice),
 * subset with harfbuzz (subset-font) to the characters the images use, at build time only: fonts are
 * never sent to browsers. Images are cached by a hash of what they show and of this file, so a rebuild
 * renders only the cards whose text (or design) changed.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import subsetFont from 'subset-font';
import type { LocalizedModel } from '../../src/schema/localized.ts';
import { entityPages } from '../../src/lib/open-data/entities.ts';
import { routes } from '../../src/lib/routes.ts';
import { UI } from '../../src/i18n/ui.ts';

interface PreviewCard {
  /** Where the image goes: /previews/…png (routes.preview). */
  path: string;
  label: { zh: string; en: string };
  title: { zh: string; en: string };
  /** The line under the titles: the document, or the issuers and date. */
  context: { zh: string; en: string };
}

const WIDTH = 1200;
const HEIGHT = 630;
const require = createRequire(import.meta.url);
const FONT_FILES = {
  sc: { regular: ['@embedpdf/fonts-sc', 'fonts/NotoSansHans-Regular.otf'], bold: ['@embedpdf/fonts-sc', 'fonts/NotoSansHans-Bold.otf'] },
  tc: { regular: ['@embedpdf/fonts-tc', 'fonts/NotoSansHant-Regular.otf'], bold: ['@embedpdf/fonts-tc', 'fonts/NotoSansHant-Bold.otf'] },
} as const;

/** A file inside an installed package (the font packages export only their JavaScript entry). */
function packageFile([name, file]: readonly [string, string]): string {
  const entry = require.resolve(name);
  return join(entry.slice(0, entry.lastIndexOf(`${name.replace('/', sep)}${sep}`) + name.length + 1), file);
}

const stripStop = (text: string) => text.replace(/[。.]+$/u, '');

/** One card per task, local task, measure and document, and the site's own card. */
function previewCards(model: LocalizedModel): PreviewCard[] {
  const zh = UI.zh;
  const en = UI.en;
  const documents = new Map(model.documents.map((document) => [document.id, document]));
  const chineseTitle = (id: string) => {
    const document = documents.get(id)!;
    return document.lang === 'en' ? document.translation.shortTitle : document.shortTitle;
  };
  const englishTitle = (id: string) => {
    const document = documents.get(id)!;
    return document.lang === 'en' ? document.shortTitle : document.translation.shortTitle;
  };
  const cards: PreviewCard[] = [];
  for (const page of entityPages(model)) {
    const path = routes.preview(page.path);
    if (page.kind === 'task') {
      const task = page.entity as LocalizedModel['tasks'][number];
      cards.push({ path, label: { zh: zh.task(task.number), en: en.task(task.number) }, title: { zh: task.title, en: task.en.title }, context: { zh: chineseTitle(task.list), en: englishTitle(task.list) } });
    } else if (page.kind === 'local-task') {
      const local = page.entity as LocalizedModel['localTasks'][number];
      cards.push({ path, label: { zh: `附件第${local.number}项`, en: `Annex item ${local.number}` }, title: { zh: local.content, en: local.en.content }, context: { zh: chineseTitle(local.document), en: englishTitle(local.document) } });
    } else if (page.kind === 'measure') {
      const measure = page.entity as LocalizedModel['measures'][number];
      cards.push({ path, label: { zh: `${measure.parent?.marker ?? ''}${measure.marker}`, en: `(${measure.number})` }, title: { zh: stripStop(measure.title), en: stripStop(measure.en.title) }, context: { zh: chineseTitle(measure.document), en: englishTitle(measure.document) } });
    } else if (page.kind === 'document') {
      const document = page.entity as LocalizedModel['documents'][number];
      const chinese = document.lang === 'en' ? document.translation : document;
      const english = document.lang === 'en' ? document : document.translation;
      const facts = (issuers: string[], number?: string) => [...issuers, number, document.date].filter(Boolean).join(' · ');
      cards.push({ path, label: { zh: zh.kind[document.kind], en: en.kind[document.kind] }, title: { zh: chinese.title, en: english.title }, context: { zh: facts(chinese.issuers, chinese.docNumber), en: facts(english.issuers, english.docNumber) } });
    }
  }
  cards.push({ path: routes.sitePreview(), label: { zh: '', en: '' }, title: { zh: zh.siteName, en: en.siteName }, context: { zh: zh.tagline, en: en.tagline } });
  return cards;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Array<Node | string> | Node | string; lang?: string } };
const h = (type: string, style: Record<string, unknown>, ...children: Array<Node | string>): Node => ({ type, props: { style, children } });

/** Long titles get smaller type; at most four lines of Chinese and three of English are shown. */
function sizes(card: PreviewCard) {
  const zh = [...card.title.zh].length;
  const en = card.title.en.length;
  return { zh: zh <= 18 ? 64 : zh <= 40 ? 52 : zh <= 70 ? 44 : 36, en: en <= 60 ? 34 : en <= 130 ? 28 : 24 };
}

function layout(card: PreviewCard): Node {
  const size = sizes(card);
  const site = `${UI.zh.siteName} · ${UI.en.siteName}`;
  return h('div', { width: WIDTH, height: HEIGHT, display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#1b1f24', fontFamily: 'Noto Sans CJK' },
    h('div', { height: 16, background: '#0b5cad' }),
    h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '40px 64px 44px' },
      h('div', { display: 'flex', fontSize: 24, color: '#57606a' }, site),
      h('div', { display: 'flex', marginTop: 28, fontSize: 28, fontWeight: 700, color: '#0b5cad' }, card.label.zh && card.label.en ? `${card.label.zh} · ${card.label.en}` : card.label.zh || ' '),
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
        h('div', { display: 'block', fontSize: size.zh, fontWeight: 700, lineHeight: 1.3, lineClamp: 4 }, card.title.zh),
        h('div', { display: 'block', marginTop: 20, fontSize: size.en, lineHeight: 1.3, color: '#333a42', lineClamp: 3 }, card.title.en),
      ),
      h('div', { display: 'flex', flexDirection: 'column', fontSize: 20, lineHeight: 1.5, color: '#57606a', borderTop: '2px solid #d0d7de', paddingTop: 14 },
        h('div', { display: 'block', lineClamp: 1 }, card.context.zh),
        h('div', { display: 'block', lineClamp: 1 }, card.context.en),
      ),
    ),
  );
}

/** Text every card shows, so the subset font holds each character once. */
const cardText = (card: PreviewCard) => [card.label.zh, card.label.en, card.title.zh, card.title.en, card.context.zh, card.context.en, UI.zh.siteName, UI.en.siteName, ' ·…'].join('');

async function loadFonts(text: string) {
  const subset = async (font: readonly [string, string]) => {
    try {
      return await subsetFont(await readFile(packageFile(font)), text, { targetFormat: 'sfnt' });
    } catch (error) {
      throw new Error(`cannot subset the preview font ${font.join('/')}`, { cause: error });
    }
  };
  // Simplified first, Traditional after it: satori takes each character from the first font that has it.
  return [
    { name: 'Noto Sans CJK', data: await subset(FONT_FILES.sc.regular), weight: 400 as const, style: 'normal' as const },
    { name: 'Noto Sans CJK', data: await subset(FONT_FILES.sc.bold), weight: 700 as const, style: 'normal' as const },
    { name: 'Noto Sans CJK TC', data: await subset(FONT_FILES.tc.regular), weight: 400 as const, style: 'normal' as const },
    { name: 'Noto Sans CJK TC', data: await subset(FONT_FILES.tc.bold), weight: 700 as const, style: 'normal' as const },
  ];
}

async function render(card: PreviewCard, fonts: Awaited<ReturnType<typeof loadFonts>>): Promise<Buffer> {
  const svg = await satori(layout(card) as never, {
    width: WIDTH,
    height: HEIGHT,
    fonts,
    // Called only for characters no font has: a preview must never show an empty box instead.
    loadAdditionalAsset: async (_code, segment) => {
      throw new Error(`preview ${card.path}: no font has the character(s) "${segment}"`);
    },
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Writes every preview into outDir, rendering only those not in the cache. Returns [rendered, cached]. */
export async function writePreviews(model: LocalizedModel, outDir: string, cacheDir = 'node_modules/.cache/previews'): Promise<[number, number]> {
  const design = createHash('sha256').update(await readFile(new URL(import.meta.url))).update(JSON.stringify(FONT_FILES)).digest('hex');
  const cards = previewCards(model).map((card) => ({ card, file: join(cacheDir, `${createHash('sha256').update(design).update(JSON.stringify(card)).digest('hex').slice(0, 32)}.png`) }));
  await mkdir(cacheDir, { recursive: true });
  const missing: typeof cards = [];
  for (const entry of cards) {
    try {
      await readFile(entry.file);
    } catch {
      missing.push(entry);
    }
  }
  if (missing.length > 0) {
    const fonts = await loadFonts(missing.map(({ card }) => cardText(card)).join(''));
    for (const { card, file } of missing) await writeFile(file, await render(card, fonts));
  }
  for (const { card, file } of cards) {
    const target = join(outDir, card.path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file, target);
  }
  return [missing.length, cards.length - missing.length];
}
