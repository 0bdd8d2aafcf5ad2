import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { SettingsHeading } from '@/components/settings/settings-heading';

export const metadata: Metadata = { title: { absolute: 'Profile · Settings · MediaLab' } };

/** The account as MediaLab knows it; there is no way to change the name or email yet. */
export default async function ProfileSettingsPage() {
  const user = await requireUser('/settings');
  return (
    <section aria-labelledby="profile-heading">
      <SettingsHeading id="profile-heading" title="Profile">
        The name and email address of your account.
      </SettingsHeading>
      <dl className="grid gap-4 rounded-xl border bg-card p-5 shadow-xs sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-6">
        <dt className="text-sm font-medium text-muted-foreground">Name</dt>
        <dd className="-mt-3 break-words sm:mt-0">{user.displayName || <span className="text-muted-foreground">Not set</span>}</dd>
        <dt className="text-sm font-medium text-muted-foreground">Email</dt>
        <dd className="-mt-3 break-all sm:mt-0">{user.email}</dd>
      </dl>
      <p className="mt-4 text-sm text-muted-foreground">Your name and email address cannot be changed here yet.</p>
    </section>
  );
}
