import { termListRoute } from '../../_lists/term-pages';

const route = termListRoute('series', false);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
