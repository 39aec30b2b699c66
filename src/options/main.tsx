/** The options page's entry ("Site fixes"): lists the picks saved per site, with export and import. */
import { render } from 'preact';
import '../ui/reader.css';
import './options.css';
import { loadPicks, loadValue, onPicksChanged, savePicks, translate } from '../platform/browser.ts';
import { STORAGE_KEYS } from '../platform/storage.ts';
import type { T } from '../ui/i18n.ts';
import { Options, type OptionsApi } from './Options.tsx';

const t: T = translate;
const api: OptionsApi = { loadPicks, savePicks, onPicksChanged, loadReaderSettings: () => loadValue(STORAGE_KEYS.reader) };
const root = document.getElementById('app');
if (root) render(<Options t={t} api={api} />, root);
