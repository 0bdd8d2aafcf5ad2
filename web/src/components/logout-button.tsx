'use client';

import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { LogOut } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useAnnounce } from '@/hooks/use-announce';
import { useApiRequest } from '@/hooks/use-api-request';

export function LogoutButton() {
  const router = useRouter();
  const announce = useAnnounce();
  const { send, pending } = useApiRequest();
  const [navigating, startNavigation] = useTransition();

  async function logOut() {
    const result = await send('/api/auth/logout', { method: 'POST' });
    if (!result.ok) {
      announce(`Could not log out: ${result.error.message}`);
      return;
    }
    announce('You are logged out.');
    startNavigation(() => {
      router.push('/');
      router.refresh();
    });
  }

  return (
    <Button variant="outline" size="sm" onClick={logOut} pending={pending || navigating} className="px-2.5 sm:px-3">
      {pending || navigating ? null : <LogOut aria-hidden="true" />}
      <span className="sr-only sm:not-sr-only">Log out</span>
    </Button>
  );
}
