import Link from 'next/link';
import { ChartNoAxesColumn, Settings as SettingsIcon } from 'lucide-react';
import { getUser } from '@/lib/auth/current-user';
import { Brand } from '@/components/brand';
import { HeaderContainer } from '@/components/header-container';
import { LogoutButton } from '@/components/logout-button';
import { buttonVariants } from '@/components/ui/button';

export async function SiteHeader() {
  const user = await getUser();
  return (
    <header className="sticky top-0 z-40 border-b bg-background/85 backdrop-blur supports-[backdrop-filter]:bg-background/70">
      <HeaderContainer>
        <Brand />
        <nav aria-label="Account" className="ml-auto flex min-w-0 items-center gap-2 sm:gap-3">
          {user ? (
            <>
              <Link href="/projects" className={buttonVariants({ variant: 'ghost', size: 'sm', className: 'px-2 sm:px-3' })}>
                Projects
              </Link>
              <Link href="/analytics" className={buttonVariants({ variant: 'ghost', size: 'sm', className: 'px-2 sm:px-3' })}>
                <ChartNoAxesColumn aria-hidden="true" className="size-4 sm:hidden" />
                <span className="sr-only sm:not-sr-only">Analytics</span>
              </Link>
              <Link href="/settings" className={buttonVariants({ variant: 'ghost', size: 'sm', className: 'px-2 sm:px-3' })}>
                <SettingsIcon aria-hidden="true" className="size-4 sm:hidden" />
                <span className="sr-only sm:not-sr-only">Settings</span>
              </Link>
              <span className="min-w-0 max-w-[7rem] truncate text-sm text-muted-foreground sm:max-w-[14rem]" title={user.email}>
                <span className="sr-only">Signed in as </span>
                {user.displayName || user.email}
              </span>
              <LogoutButton />
            </>
          ) : (
            <>
              <Link href="/login" className={buttonVariants({ variant: 'ghost', size: 'sm' })}>
                Log in
              </Link>
              <Link href="/signup" className={buttonVariants({ size: 'sm' })}>
                Sign up
              </Link>
            </>
          )}
        </nav>
      </HeaderContainer>
    </header>
  );
}
