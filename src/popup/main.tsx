import { render } from 'preact';
import '../ui/reader.css';
import './app.css';
import { App, mark } from './App.tsx';

mark('script');
const root = document.getElementById('app');
if (root) render(<App mode="popup" />, root);
