import type { ContentProblem } from '../core/problems';
import { articlePath, pageAddress } from '../core/routes';
import { isPageFile } from '../core/slugs';

/**
 * The problems only the whole collection shows: two documents at one address (articles by slug, `/posts/x`; pages
 * by path, `/about`; an article and a page never share one). Worded once, for the checker and the build.
 */
export function duplicateSlugProblems(documents: { slug: string; file: string }[], contentDir = 'content'): ContentProblem[] {
  const byAddress = new Map<string, { slug: string; file: string }[]>();
  for (const document of documents) {
    const address = isPageFile(document.file) ? pageAddress(document.slug) : articlePath(document.slug);
    byAddress.set(address, [...(byAddress.get(address) ?? []), document]);
  }
  return [...byAddress].flatMap(([address, same]) =>
    same.length < 2
      ? []
      : same.map((document) => ({
          file: `${contentDir}/${document.file}`,
          field: 'slug',
          message: `the address ${address} is also that of ${same
            .filter((other) => other !== document)
            .map((other) => `${contentDir}/${other.file}`)
            .join(', ')}`,
          fix: `give one of them its own address with a line such as slug: ${isPageFile(document.file) ? 'other-page' : 'my-other-post'}`,
        })),
  );
}
