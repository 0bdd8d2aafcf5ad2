'use client';

import { useContext } from 'react';
import { GenerationsContext, type GenerationsState } from '@/components/studio/generations-provider';

/** The project's generations, followed live, with submit and cancel. */
export function useGenerations(): GenerationsState {
  const generations = useContext(GenerationsContext);
  if (!generations) throw new Error('useGenerations must be used inside <GenerationsProvider>.');
  return generations;
}
