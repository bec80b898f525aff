import { spawn } from 'node:child_process';
import { checkContent } from '../content/check';
import { formatProblem } from '../content/problems';

/**
 * `npm run build`: the content checks (every problem at once, in the editor's words), Contentlayer (which
 * writes the content store), then the share images and `next build` side by side: neither needs the
 * other's output (pages know which articles get an image), and on two cores they overlap well.
 */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

const problems = await checkContent();
for (const problem of problems) console.error(formatProblem(problem));
if (problems.some((problem) => problem.severity !== 'warning')) {
  console.error('content: fix the errors above, then build again');
  process.exit(1);
}
try {
  await run('node_modules/.bin/contentlayer2', ['build']);
  await Promise.all([run('node_modules/.bin/tsx', ['lib/cli/share-images.ts']), run('node_modules/.bin/next', ['build'])]);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
