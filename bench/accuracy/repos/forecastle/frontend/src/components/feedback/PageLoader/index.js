export { default } from './PageLoader';
