// Layout components
export { Header, Footer } from './layout';

// App components
export { AppCard, AppIcon, AppBadge, AppListItem, AppGroup } from './apps';

// View components
export { AppGridView, AppListView } from './views';

// Feedback components
export { EmptyState, ErrorState, PageLoader, Spinner } from './feedback';
