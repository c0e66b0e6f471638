import { createRoot } from 'react-dom/client';
import '../../src/shared/ui/ui.css';
import './console.css';
import { App } from './App';

/** The officers' console (served by the API at /officer/, bundled by routes/console.ts). */
createRoot(document.getElementById('console')!).render(<App />);
