export { default as AppGridView } from './AppGridView';
export { default as AppListView } from './AppListView';
