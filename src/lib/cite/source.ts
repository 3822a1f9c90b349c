/** What a citation is made from: one document, or one task or measure inside a document. */
export interface CiteSource {
  /** BibTeX key: ASCII, unique on the site (opinions-2024-314, task-list-1-task-60). */
  key: string;
  /** Language of the original text (the citation cites the original). */
  lang: 'zh-Hans' | 'zh-Hant' | 'en';
  /** Issuing bodies as printed in the original; none for a document that names no issuer. */
  authors: string[];
  /** The same bodies in English (English APA names group authors in English). */
  authorsEn: string[];
  /** Title of the cited text in the original language. */
  title: string;
  /** Its English title when the original is not English (an unofficial translation unless stated). */
  titleEn?: string;
  /** For a task or measure: its label (任务60, （八）) in Chinese and English. */
  part?: { label: string; labelEn: string };
  /** For a task or measure: the document it belongs to. */
  container?: { title: string; titleEn?: string };
  /** Document number (商资发〔2024〕314号). */
  docNumber?: string;
  /** YYYY-MM-DD, when the document is dated. */
  date?: string;
  /** The page cited (absolute URL, in the reader's edition). */
  url: string;
  /** YYYY-MM-DD: the access date (see the access-date policy in README). */
  accessed: string;
}

/** Titles printed as sentences ("支撑设备更新和消费品以旧换新。") lose their final stop in a reference. */
export const bareTitle = (title: string) => title.replace(/[。.．]+$/u, '');
