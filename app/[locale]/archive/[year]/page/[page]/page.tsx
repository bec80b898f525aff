import { yearRoute } from '../../../../_lists/year-pages';

const route = yearRoute(true);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
