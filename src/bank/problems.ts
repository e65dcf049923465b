import type { BankProblem } from './model.js';

/** Collects a reader's problems for one file, in the order they were found. */
export class ProblemList {
  readonly items: BankProblem[] = [];

  constructor(private readonly file: string) {}

  error(line: number, message: string): void {
    this.items.push({ file: this.file, line, severity: 'error', message });
  }

  warning(line: number, message: string): void {
    this.items.push({ file: this.file, line, severity: 'warning', message });
  }
}

/** The line compilers and editors understand: `quiz.md:212: question 18: …`. */
export function formatProblem(problem: BankProblem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}: ${prefix}${problem.message}`;
}
