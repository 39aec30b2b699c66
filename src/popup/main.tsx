import { render } from 'preact';
import '../ui/reader.css';
import './app.css';
import { App } from './App.tsx';

performance.mark('qr:script');
const root = document.getElementById('app');
if (root) render(<App mode="popup" />, root);
