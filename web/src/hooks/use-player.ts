'use client';

import { useContext } from 'react';
import { PlayerContext, type PlayerState } from '@/components/player/player-provider';

/** The studio's audio player (one for every page of the studio). */
export function usePlayer(): PlayerState {
  const player = useContext(PlayerContext);
  if (!player) throw new Error('usePlayer must be used inside <PlayerProvider>.');
  return player;
}
