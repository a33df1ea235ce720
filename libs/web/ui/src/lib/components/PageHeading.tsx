import { useEffect, useRef, type ReactNode } from 'react';
import { setPageTitle } from './document-title';

let firstPageShown = false;

export interface PageHeadingProps {
  /** The page's name: the <h1> and the start of the document title. */
  title: string;
  children?: ReactNode;
}

/**
 * The page's <h1>. It names the browser tab, and after an in-app navigation it takes the focus so keyboard
 * and screen-reader users start reading the new page (on the first page load the focus stays put).
 */
export function PageHeading({ title, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setPageTitle(title);
  }, [title]);
  useEffect(() => {
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
