import type { ContentProblem } from '../core/problems';
import { articlePath } from '../core/routes';

/** The problems only the whole collection shows: two articles at one address. Worded once, for the checker and the build. */
export function duplicateSlugProblems(posts: { slug: string; file: string }[], contentDir = 'content'): ContentProblem[] {
  const bySlug = new Map<string, { slug: string; file: string }[]>();
  for (const post of posts) bySlug.set(post.slug, [...(bySlug.get(post.slug) ?? []), post]);
  return [...bySlug].flatMap(([slug, same]) =>
    same.length < 2
      ? []
      : same.map((post) => ({
          file: `${contentDir}/${post.file}`,
          field: 'slug',
          message: `the address ${articlePath(slug)} is also that of ${same.filter((other) => other !== post).map((other) => `${contentDir}/${other.file}`).join(', ')}`,
          fix: 'give one of them its own address with a line such as slug: my-other-post',
        })),
  );
}
