/** Goes to a screen (or a section of one) by its hash, as a link would: Back returns. */
export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}
