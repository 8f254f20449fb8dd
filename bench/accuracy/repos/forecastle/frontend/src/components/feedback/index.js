export { default as EmptyState } from './EmptyState';
export { default as ErrorState } from './ErrorState';
export { default as PageLoader } from './PageLoader';
export { default as Spinner } from './Spinner';
