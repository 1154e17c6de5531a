export enum Role {
  Learner = 'learner',
  Mentor = 'mentor',
  Admin = 'admin',
}

export const ROLES: readonly Role[] = Object.values(Role);
