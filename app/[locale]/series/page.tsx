import { termIndexRoute } from '../_lists/term-pages';

const route = termIndexRoute('series');
export const generateMetadata = route.generateMetadata;
export default route.Page;
