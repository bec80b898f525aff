import { useFormatter } from 'next-intl';

type Props = { date: Date; className?: string };

/** The date in the site's time zone (set in lib/core/i18n/request.ts), whatever the server's zone. */
export default function PublishedDate({ date, className }: Props) {
  const format = useFormatter();
  return (
    <time dateTime={date.toISOString()} className={className}>
      {format.dateTime(date, { year: 'numeric', month: 'long', day: 'numeric' })}
    </time>
  );
}
