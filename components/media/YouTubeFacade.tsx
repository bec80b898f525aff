'use client';

import LiteYouTubeEmbed from 'react-lite-youtube-embed';
import 'react-lite-youtube-embed/dist/LiteYouTubeEmbed.css';

type Props = { id: string; title: string; announce: string };

/**
 * A poster and a play button; the youtube-nocookie iframe is only created on the press,
 * so nothing but the poster image loads from YouTube before the reader asks for the video.
 */
export default function YouTubeFacade({ id, title, announce }: Props) {
  // A div, not the library's default <article>: role="img" is not allowed on <article>.
  return <LiteYouTubeEmbed id={id} title={title} announce={announce} cookie={false} webp poster="hqdefault" containerElement="div" />;
}
