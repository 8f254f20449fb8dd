export { default } from './Header';
export { default as HeaderSearch } from './HeaderSearch';
export { default as HeaderControls } from './HeaderControls';
