import { companyRoute } from '../../_lists/company-pages';

const route = companyRoute(false);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
