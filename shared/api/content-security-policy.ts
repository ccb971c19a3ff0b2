/** The one Content-Security-Policy of every Aftershock page, in the app and on the web host: no remote origin. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";
