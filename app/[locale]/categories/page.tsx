import { termIndexRoute } from '../_lists/term-pages';

const route = termIndexRoute('categories');
export const generateMetadata = route.generateMetadata;
export default route.Page;
