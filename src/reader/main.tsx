import { render } from 'preact';
import { App } from '../popup/App.tsx';

const root = document.getElementById('app');
if (root) render(<App mode="tab" />, root);
