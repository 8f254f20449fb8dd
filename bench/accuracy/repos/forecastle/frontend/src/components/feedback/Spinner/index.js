export { default } from './Spinner';
