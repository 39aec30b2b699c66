/**
 * The popup's entry: it asks for the article first, then loads the UI. The page extracts while this page
 * fetches and compiles Preact and the reader's components (mount.tsx), instead of after.
 */
import { loadReader } from './load.ts';
import { mark } from './marks.ts';

mark('script');
const first = loadReader(location.search, false);
void import('./mount.tsx').then(({ mount }) => mount('popup', first));
