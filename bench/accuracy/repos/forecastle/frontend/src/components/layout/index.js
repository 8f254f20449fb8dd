export { default as Header } from './Header';
export { default as Footer } from './Footer';
