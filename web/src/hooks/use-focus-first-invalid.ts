'use client';

import { useEffect, type RefObject } from 'react';

/**
 * When a submit fails, moves focus to the first field marked aria-invalid, so keyboard and
 * screen-reader users land on what needs fixing (its error is read with it).
 */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, error]);
}
