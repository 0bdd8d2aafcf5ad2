import 'server-only';
import { failureThrottle } from './failure-throttle';

/** Failed logins: per email (one account's password) and per IP (many accounts). */
const throttle = failureThrottle('login', 'failed logins');

export const assertLoginAllowed = ({ email, ip }: { email: string; ip: string }) => throttle.assertAllowed({ key: email, ip });
export const recordLoginFailure = ({ email, ip }: { email: string; ip: string }) => throttle.recordFailure({ key: email, ip });
export const recordLoginSuccess = ({ email }: { email: string }) => throttle.recordSuccess({ key: email });
/** For tests: forget every count. */
export const resetLoginThrottle = () => throttle.reset();
