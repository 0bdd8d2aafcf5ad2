import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { SettingsHeading } from '@/components/settings/settings-heading';
import { ThemePicker } from '@/components/settings/theme-picker';

export const metadata: Metadata = { title: 'Appearance' };

export default async function AppearanceSettingsPage() {
  await requireUser('/settings/appearance');
  return (
    <section aria-labelledby="appearance-heading">
      <SettingsHeading id="appearance-heading" title="Appearance">
        How MediaLab looks in this browser. The choice is kept on this device, not in your account.
      </SettingsHeading>
      <ThemePicker />
    </section>
  );
}
