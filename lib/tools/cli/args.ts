import { parseArgs } from 'node:util';

/** The flags our content commands share: `--slug NAME` and `--force`. */
export function contentCommandArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { slug: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  return { slug: values.slug, force: values.force ?? false, positionals };
}
