/** Reads `#token=…` from the address: links carry secrets in the fragment, which browsers never send to servers. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{16,128}$/.test(token) ? token : undefined;
}
