import type { ReactNode } from 'react';

// Every page of the site is a document (components/document.tsx), a route handler that writes its
// own <html>. Next still wants a root layout for the one page it renders itself, its built-in 404,
// which export-adapter.mjs removes from the export in favour of the 404 document.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
