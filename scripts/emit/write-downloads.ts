/**
 * Writes each document's Word files into content/downloads/ (the publish stage copies them into the
 * site) and their sizes into content/data/downloads.json (the document page prints them beside the
 * links). Which files a document has is src/lib/downloads.ts's to say; their text is the model's,
 * segment for segment what the document page and the side-by-side page show.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HeadingLevel, type Paragraph, type Table } from 'docx';
import type { LocalizedDocument, DownloadFile } from '../../src/schema/localized.ts';
import type { Lang } from '../../src/schema/manifest.ts';
import { downloadsOf, type Download } from '../../src/lib/downloads.ts';
import { routes } from '../../src/lib/routes.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { editionDate } from '../../src/lib/edition-date.ts';
import { documentSource } from '../../src/lib/cite/sources.ts';
import { gbt7714 } from '../../src/lib/cite/gbt7714.ts';
import { localeOfLang, localePath, type Locale } from '../../src/i18n/locales.ts';
import { UI } from '../../src/i18n/ui.ts';
import { measureEnd } from '../../src/lib/truncation.ts';
import { documentLinksOf } from './document-mdx.ts';
import { GENERATED_NOTICE } from './generated.ts';
import { segmentTextOf, type SiteContent } from './write-content.ts';
import { parallelOf } from '../translate/parallel.ts';
import { bodyOf } from './docx/body.ts';
import { packWordFile } from './docx/pack.ts';
import { paragraph } from './docx/runs.ts';
import { sideBySideTable } from './docx/side-by-side.ts';

export async function writeDownloads({ model, translations }: SiteContent, contentDir: string): Promise<DownloadFile[]> {
  const folder = join(contentDir, 'downloads');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const date = editionDate();
  const files: DownloadFile[] = [];
  for (const document of model.documents) {
    const links = documentLinksOf(model, document.id);
    for (const download of downloadsOf(document)) {
      const bytes = await packWordFile({ ...wordText(document, download, { model, translations }, links.tasks, date), date });
      await writeFile(join(folder, download.name), bytes);
      files.push({ id: download.name, document: document.id, variant: download.variant, langs: download.langs, bytes: bytes.length });
    }
  }
  await writeFile(join(contentDir, 'data', 'downloads.json'), `${JSON.stringify({ generated: GENERATED_NOTICE, entries: files }, null, 2)}\n`);
  return files;
}

/** A Word file's title, text and footer; `date` is the access date its reference gives. */
function wordText(document: LocalizedDocument, download: Download, { model, translations }: Pick<SiteContent, 'model' | 'translations'>, tasks: ReadonlyMap<string, string>, date: string) {
  const original = { lang: document.lang, locale: localeOfLang(document.lang) };
  const translated = { lang: document.translation.lang, locale: localeOfLang(document.translation.lang) };
  const pageUrl = (locale: Locale, path: string) => absoluteUrl(localePath(locale, path));
  const originalUrl = pageUrl(original.locale, routes.document(document.id));
  const title = (text: string, lang: Lang) => paragraph(text, lang, { heading: HeadingLevel.TITLE });
  const unofficial = () => {
    const t = UI[translated.locale];
    return paragraph(`${t.translationNotice(document.translation.translator)} ${originalUrl}`, translated.lang, { bold: true });
  };
  /** The language of the site's own words in an edition: the document's script in Chinese where it is Chinese. */
  const wordsLang = (locale: Locale): Lang => (locale === 'en' ? 'en' : original.locale === 'zh' ? original.lang : 'zh-Hans');
  /** The footer: the reference to the page the file is the download of, and where the site's text comes from. */
  const footer = (locale: Locale, url: string) => {
    const t = UI[locale];
    const lang = wordsLang(locale);
    return [
      { text: `${t.downloads.reference}${gbt7714(documentSource(document, url, date))}`, lang },
      { text: `${t.downloads.source}${locale === original.locale ? document.provenance : document.translation.provenance}`, lang },
    ];
  };
  const creator = (locale: Locale) => UI[locale].siteName;
  // A text that stops short says so after its last words, as the page does: the file must not pass for the whole text.
  // The words are the notice the page shows below the text (UI.truncatedHere), quoting the same last words.
  const truncatedAt = model.measures.find((measure) => measure.document === document.id && measure.truncated);
  const stops = (...locales: Locale[]) => (truncatedAt ? locales.map((locale) => paragraph(UI[locale].truncatedHere(measureEnd(truncatedAt, locale !== original.locale)), wordsLang(locale), { bold: true })) : []);
  switch (download.variant) {
    case 'original': {
      const t = UI[original.locale];
      // The title as printed, where it says more than the title, as the page shows it.
      const printed = document.heading && document.heading.replace(/\s+/gu, '') !== document.title.replace(/\s+/gu, '') ? [paragraph(`${t.documentPage.printedTitle}${document.heading}`, original.lang)] : [];
      const children: Array<Paragraph | Table> = [title(document.title, original.lang), ...printed, ...bodyOf(document.blocks, { lang: original.lang, textOf: (_segment, text) => text, translated: false, tasks }), ...stops(original.locale)];
      return { title: document.title, creator: creator(original.locale), children, footer: footer(original.locale, originalUrl) };
    }
    case 'translation': {
      const textOf = segmentTextOf(translations.get(document.id)!, document.id);
      const children = [title(document.translation.title, translated.lang), unofficial(), ...bodyOf(document.blocks, { lang: translated.lang, textOf, translated: true, tasks }), ...stops(translated.locale)];
      return { title: document.translation.title, creator: creator(translated.locale), children, footer: footer(translated.locale, pageUrl(translated.locale, routes.document(document.id))) };
    }
    case 'side-by-side': {
      const [o, t] = [UI[original.locale], UI[translated.locale]];
      const pairs = parallelOf(document, model, translations.get(document.id)!);
      const table = sideBySideTable(
        pairs,
        { lang: original.lang, label: `${o.parallel.original} · ${o.langName[original.lang]}${original.lang === 'en' ? o.parallel.official : ''}` },
        { lang: translated.lang, label: `${t.parallel.translation} · ${t.langName[translated.lang]}${t.parallel.unofficial}` },
      );
      const children = [title(document.title, original.lang), title(document.translation.title, translated.lang), unofficial(), table, ...stops(original.locale, translated.locale)];
      return { title: document.title, creator: creator(original.locale), children, footer: footer(original.locale, pageUrl(original.locale, routes.parallel(document.id))) };
    }
  }
}
