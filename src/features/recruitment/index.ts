export { RecruitmentSection } from './RecruitmentSection';
