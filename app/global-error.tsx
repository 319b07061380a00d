'use client';

import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';

/** Last resort when even the root layout failed: no provider is available, so both languages are shown. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem', textAlign: 'center' }}>
        <h1>
          {zh.errors.errorTitle} / {en.errors.errorTitle}
        </h1>
        <p>{zh.errors.errorBody}</p>
        <p lang="en">{en.errors.errorBody}</p>
        <button type="button" onClick={reset}>
          {zh.errors.retry} / {en.errors.retry}
        </button>
      </body>
    </html>
  );
}
