import { render } from 'preact';
import '../ui/reader.css';
import '../popup/app.css';
import { App } from '../popup/App.tsx';

const root = document.getElementById('app');
if (root) render(<App mode="tab" />, root);
