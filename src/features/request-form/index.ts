export { ProceduresPage } from './pages/procedures-page';
export { OrganisationPage } from './pages/organisation-page';
export { ContactPage } from './pages/contact-page';
export { ContractNumberPage } from './pages/contract-number-page';
export { CheckPage } from './pages/check-page';
export { ExamplePage } from './pages/example-page';
export { changeLink } from './links';
