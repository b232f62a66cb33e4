export { TrainingSection } from './TrainingSection';
