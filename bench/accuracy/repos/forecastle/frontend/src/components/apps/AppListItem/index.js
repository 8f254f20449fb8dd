export { default } from './AppListItem';
