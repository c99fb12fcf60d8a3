export { ProcedurePage, type ProcedurePageProps } from './procedure-page';
export { DonePage } from './done-page';
