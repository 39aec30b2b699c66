/** The reader's UI (Preact, its components and styles), loaded after main.tsx has asked for the article. */
import { render } from 'preact';
import '../ui/reader.css';
import './app.css';
import { App } from './App.tsx';
import type { Loaded } from './load.ts';

export function mount(mode: 'popup' | 'tab', first: Promise<Loaded>): void {
  const root = document.getElementById('app');
  if (root) render(<App mode={mode} first={first} />, root);
}
