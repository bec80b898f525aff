import { getTranslations } from 'next-intl/server';
import YouTubeFacade from './YouTubeFacade';

type Props = { id: string; articleTitle: string };

export default async function YouTubePlayer({ id, articleTitle }: Props) {
  const t = await getTranslations('YouTube');
  return (
    <figure className="not-prose my-8 overflow-hidden rounded-lg bg-zinc-900">
      <YouTubeFacade id={id} title={t('video', { title: articleTitle })} announce={t('play')} />
    </figure>
  );
}
