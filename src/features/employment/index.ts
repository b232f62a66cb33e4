export { EmploymentSection } from './EmploymentSection';
