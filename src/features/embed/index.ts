export { EmbedView } from './EmbedView';
