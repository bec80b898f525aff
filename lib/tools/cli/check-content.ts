import { checkContent } from '../../content/check';
import { formatProblem } from '../../core/problems';

/** `npm run check:content`: every problem in content/, then a summary; exits 1 when any is an error. */
const problems = await checkContent();
for (const problem of problems) console.error(formatProblem(problem));
const errors = problems.filter((problem) => problem.severity !== 'warning').length;
const warnings = problems.length - errors;
console.error(
  errors === 0
    ? `content: OK${warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}`
    : `content: ${errors} error${errors > 1 ? 's' : ''}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
);
process.exitCode = errors === 0 ? 0 : 1;
