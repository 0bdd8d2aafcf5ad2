export { googleAdapter } from './google-adapter';
