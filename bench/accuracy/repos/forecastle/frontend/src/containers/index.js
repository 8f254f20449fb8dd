export { default as App } from "./App/App";
