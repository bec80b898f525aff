/**
 * The layers of lib/ (README, "How the code is cut"): each imports only from those below it.
 *   core → text → content → outputs → tools,  then components/ and app/ above them all.
 * `npm run lint` runs this; tests/unit/lint/layers.test.ts proves a rule catches an import that goes up.
 */
const LAYERS = ['core', 'text', 'content', 'outputs', 'tools'];

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `${layer}-imports-up`,
  comment: `lib/${layer} may import only from ${LAYERS.slice(0, index + 1)
    .map((name) => `lib/${name}`)
    .join(', ')}`,
  severity: 'error',
  from: { path: `^lib/${layer}/` },
  to: { path: `^lib/(${LAYERS.slice(index + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'lib-imports-the-site',
      comment: 'lib/ is below the routes and components: it never imports them',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(app|components)/' },
    },
    {
      name: 'pages-import-tools',
      comment: 'routes and components read the content store; the import, the CLIs and the dev preview are not theirs',
      severity: 'error',
      from: { path: '^(app|components|proxy\\.ts)' },
      to: { path: '^lib/tools/' },
    },
    {
      name: 'components-import-routes',
      comment: 'components render what routes give them',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'site-imports-tests',
      comment: 'tests import the site, never the other way',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|\\.contentlayer|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
    },
  },
};
