/** One thing wrong with a content file, worded for the editor who has to fix it. */
export type ContentProblem = {
  file: string;
  line?: number;
  field: string;
  message: string;
  fix: string;
  severity?: 'error' | 'warning';
};

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const label = problem.severity === 'warning' ? 'warning' : 'error';
  return `${label} ${where} — ${problem.field}: ${problem.message}\n  fix: ${problem.fix}`;
}

/** Thrown where a build step meets a content problem it cannot work around. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}
