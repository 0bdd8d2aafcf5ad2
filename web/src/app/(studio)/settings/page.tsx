import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { ChangePasswordForm } from '@/components/settings/change-password-form';
import { ProfileNameForm } from '@/components/settings/profile-name-form';
import { SettingsHeading } from '@/components/settings/settings-heading';

export const metadata: Metadata = { title: { absolute: 'Profile · Settings · MediaLab' } };

/** The account: its name (editable), its email address (not), and the password. */
export default async function ProfileSettingsPage() {
  const user = await requireUser('/settings');
  return (
    <section aria-labelledby="profile-heading">
      <SettingsHeading id="profile-heading" title="Profile">
        Your name, email address and password.
      </SettingsHeading>
      <div className="grid gap-6">
        <ProfileNameForm user={user} />
        <ChangePasswordForm email={user.email} />
      </div>
    </section>
  );
}
