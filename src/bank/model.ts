/**
 * The one bank model every reader produces, whatever the file format. Field names are part of
 * the `npm run bank -- check --json` output, so they are an interface: keep them.
 */
export interface BankOption {
  /** `A`…`Y`, in the order the file lists them. */
  letter: string;
  text: string;
  correct: boolean;
  /** What the answers section says about this option; '' when the file says nothing. */
  explanation: string;
}

export interface BankQuestion {
  number: number;
  /** Markdown, as written: code blocks, formulas and emphasis kept. */
  text: string;
  options: BankOption[];
  /** Letters of the right options, sorted. */
  correct: string[];
  /** 1-based line of the question heading in the source file. */
  line: number;
}

export interface BankProblem {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface Bank {
  file: string;
  title: string;
  questions: BankQuestion[];
  problems: BankProblem[];
}
