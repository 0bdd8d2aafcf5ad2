import 'server-only';
import { failureThrottle } from '@/lib/ratelimit/failure-throttle';

/**
 * Wrong current passwords on a password change, throttled as failed logins are: per account
 * (someone holding a session guessing its password) and per IP.
 */
const throttle = failureThrottle('password-change', 'wrong passwords');

export const assertPasswordChangeAllowed = ({ userId, ip }: { userId: string; ip: string }) => throttle.assertAllowed({ key: userId, ip });
export const recordPasswordChangeFailure = ({ userId, ip }: { userId: string; ip: string }) => throttle.recordFailure({ key: userId, ip });
export const recordPasswordChangeSuccess = ({ userId }: { userId: string }) => throttle.recordSuccess({ key: userId });
/** For tests: forget every count. */
export const resetPasswordChangeThrottle = () => throttle.reset();
