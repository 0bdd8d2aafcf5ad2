import 'server-only';
import { runwayProvider } from '../catalog/runway';
import type { ProviderAdapter } from '../provider';
import { testRunwayKey } from './runway-key';
import { cancelRunwayVideo, pollRunwayVideo, submitRunwayVideo } from './runway-video';

/**
 * Runway through `@runwayml/sdk` 4.x: text-to-video tasks in Runway's queue, submitted once,
 * polled until they end, and cancelled on request.
 * @see https://docs.dev.runwayml.com/api/
 */
export const runwayAdapter: ProviderAdapter = {
  info: runwayProvider,
  doTestKey: testRunwayKey,
  doSubmit: submitRunwayVideo,
  doPoll: pollRunwayVideo,
  doCancel: cancelRunwayVideo,
};
