// The handout's "Print" button: shown only when JavaScript runs (it needs window.print), external module (strict CSP).
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
