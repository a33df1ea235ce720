import type { ReactNode } from 'react';

export interface AlertProps {
  /** `error` interrupts a screen reader (role=alert); the others are announced politely (role=status). */
  tone?: 'info' | 'success' | 'error';
  title?: string;
  children?: ReactNode;
  className?: string;
}

export function Alert({ tone = 'info', title, children, className }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={['alert', `alert--${tone}`, className].filter(Boolean).join(' ')}
    >
      {title ? <p className="alert__title">{title}</p> : null}
      {children}
    </div>
  );
}
