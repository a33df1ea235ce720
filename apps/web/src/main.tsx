import { createRoot } from 'react-dom/client';
import { createKinshipClient } from '@kinship/web/data';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(<App kinship={createKinshipClient()} />);
