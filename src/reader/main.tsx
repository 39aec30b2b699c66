/** The full-tab reader's entry: as the popup's (src/popup/main.tsx), the article is asked for before the UI loads. */
import { loadReader } from '../popup/load.ts';

const first = loadReader(location.search, false);
void import('../popup/mount.tsx').then(({ mount }) => mount('tab', first));
