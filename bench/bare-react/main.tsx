// The floor the app's first load is compared with: React + ReactDOM rendering one heading.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Hello</h1>);
