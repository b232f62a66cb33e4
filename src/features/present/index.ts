export { PresentButton, PresentView } from './PresentView';
