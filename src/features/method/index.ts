export { MethodPanel } from './MethodPanel';
export { confidenceCounts, methodEntry } from './methodSummary';
