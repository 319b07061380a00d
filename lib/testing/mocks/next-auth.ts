export class AuthError extends Error {}
export class CredentialsSignin extends AuthError {}
