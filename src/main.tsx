import 'zmp-ui/zaui.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('app')!).render(<App />);
