/**
 * The Word (.docx) files of each document: which there are and what they are called. One list for the
 * build that writes them (scripts/emit/docx/), the document page that links them and the open data
 * that lists them, so none of the three can name a file the others do not have.
 */
import type { Lang } from '../schema/manifest.ts';
import type { DownloadVariant } from '../schema/vocabulary.ts';
import type { Locale } from '../i18n/locales.ts';
import { routes } from './routes.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface Download {
  document: string;
  variant: DownloadVariant;
  /** The language of its text; a side-by-side file holds the original's first, then the translation's. */
  langs: Lang[];
  /** The file name, which is also its id in the downloads collection: notice-2024-314.side-by-side.docx. */
  name: string;
  /** Its site path, without the deployment base. */
  path: string;
}

/** What downloadsOf reads of a document: the model's document and the collection's entry both have it. */
interface DocumentLanguages {
  id: string;
  lang: Lang;
  translation: { lang: Lang; pending: boolean };
}

/**
 * A document's Word files, original first. A document declared awaiting translation has its original
 * only: a translated or side-by-side file would have no translation to hold.
 */
export function downloadsOf(document: DocumentLanguages): Download[] {
  const file = (variant: DownloadVariant, langs: Lang[], suffix: string): Download => {
    const name = `${document.id}.${suffix}.docx`;
    return { document: document.id, variant, langs, name, path: routes.download(name) };
  };
  const original = file('original', [document.lang], document.lang);
  if (document.translation.pending) return [original];
  return [original, file('translation', [document.translation.lang], document.translation.lang), file('side-by-side', [document.lang, document.translation.lang], 'side-by-side')];
}

/** A file size as the download links print it: whole kilobytes (1 KB = 1,000 bytes), never 0. */
export function fileSize(bytes: number, locale: Locale): string {
  const kilobytes = Math.max(1, Math.round(bytes / 1000));
  return locale === 'en' ? `${kilobytes.toLocaleString('en')} KB` : `${kilobytes} KB`;
}
