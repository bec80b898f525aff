import { notFound } from 'next/navigation';

// Unknown paths under a locale reach the locale's not-found page (in its script), not the root one.
export default function CatchAll() {
  notFound();
}
