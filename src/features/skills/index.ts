export { SkillsSection } from './SkillsSection';
