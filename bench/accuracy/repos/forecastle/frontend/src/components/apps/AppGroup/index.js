export { default } from './AppGroup';
