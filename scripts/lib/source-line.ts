/** One line of a seed as the pipeline sees it: its text and the line of the file it came from. */
export interface SourceLine {
  /** 1-based line number in the seed file. */
  line: number;
  text: string;
}
