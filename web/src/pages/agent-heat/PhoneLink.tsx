// A phone number as agents read and dial it: written the French way (06 39 98 00 41) and a tel: link, so a
// click calls it from a softphone or a phone.
const FRENCH = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/;

export const frenchPhone = (phone: string) => phone.replace(FRENCH, "0$1 $2 $3 $4 $5");

export function PhoneLink({ phone }: { phone: string | null }) {
  if (!phone) return <>—</>;
  return <a href={`tel:${phone}`} class="phone">{frenchPhone(phone)}</a>;
}
