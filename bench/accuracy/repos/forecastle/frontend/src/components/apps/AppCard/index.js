export { default } from './AppCard';
