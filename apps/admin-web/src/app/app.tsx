import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app-providers';
import type { AppContext } from './app-context';
import { routes } from './routes';

export function App({ context }: { context: AppContext }) {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders context={context}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
