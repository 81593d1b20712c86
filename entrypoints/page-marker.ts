import { recordMainThreadMeasures } from '@/lib/dom/measure-main-thread';
import { startPageMarker } from '@/lib/dom/page-marker';
import { providePageMarker } from '@/lib/dom/page-marker-module';

/**
 * Run in a tab's frame by the background (with its 'name-check' yes, or on `load-page-marker`)
 * only once the page has been seen to name a topic: a page that names none never compiles this.
 */
export default defineUnlistedScript(() => {
  providePageMarker({ startPageMarker, recordMainThreadMeasures });
});
