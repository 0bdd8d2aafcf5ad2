export { runwayAdapter } from './runway-adapter';
export { mapRunwayError } from './map-runway-error';
