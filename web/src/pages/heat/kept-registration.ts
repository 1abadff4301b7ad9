// The registration this device made, kept in its storage (the registration id and the long secret the Worker
// returned): the person can open it here without typing anything. Elsewhere, the phone number and access code do.
const KEY = "recoque.registration";

export interface KeptRegistration {
  id: string;
  secret: string;
}

export function keptRegistration(): KeptRegistration | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? "null") as Partial<KeptRegistration> | null;
    return value?.id && value.secret ? { id: value.id, secret: value.secret } : null;
  } catch {
    return null;
  }
}

export function keepRegistration(kept: KeptRegistration | null): void {
  try {
    if (kept) localStorage.setItem(KEY, JSON.stringify(kept));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private browsing): the phone number and access code still open the registration.
  }
}
