import type { ReactNode } from 'react';

/** An error or notice the person must see: errors are announced by screen readers. */
export function Banner({ kind = 'error', children }: { kind?: 'error' | 'info'; children: ReactNode }) {
  return (
    <div className={kind === 'error' ? 'banner' : 'banner info'} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
