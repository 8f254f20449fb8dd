export { default as AppCard } from './AppCard';
export { default as AppIcon } from './AppIcon';
export { default as AppBadge } from './AppBadge';
export { default as AppListItem } from './AppListItem';
export { default as AppGroup } from './AppGroup';
