import { THEME_HEAD_SCRIPT } from './theme';

/** The inline script that applies the stored theme before the first paint (the CSP admits inline scripts: README, "Security"). */
export default function ThemeHeadScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_HEAD_SCRIPT }} />;
}
