import { E2E_ON_POSTGRES } from './test-app';

// Runs before each spec of the e2e-postgres project (Jest `setupFiles`).
process.env[E2E_ON_POSTGRES] = '1';
