export { AiAdoptionSection } from './AiAdoptionSection';
