export { default } from './AppBadge';
