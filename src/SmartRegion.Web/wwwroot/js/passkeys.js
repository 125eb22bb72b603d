// Passkeys (WebAuthn) as progressive enhancement. Without this script, or in a browser without passkey support, the
// passkey buttons stay disabled or hidden and the password forms work as before. With it: fetch the options from the
// server (with the form's antiforgery token as header), let the browser create or use the passkey, put the result into
// the form's hidden field and post the form as usual, so the server answers with its page and its error summary.
(() => {
  'use strict';
  const supported = window.PublicKeyCredential
    && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function'
    && typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function';
  if (!supported) {
    return;
  }

  const token = form => form.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';

  async function fetchOptions(url, form) {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'RequestVerificationToken': token(form), 'Accept': 'application/json' },
    });
    if (!response.ok) {
      throw new Error('The server refused the passkey options: ' + response.status);
    }
    return response.json();
  }

  function enhance(form, optionsUrl, ceremony) {
    const field = form.querySelector('[data-passkey-credential]');
    form.querySelectorAll('[data-passkey-button]').forEach(button => { button.disabled = false; });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      field.value = '';
      try {
        const options = await fetchOptions(optionsUrl, form);
        const credential = await ceremony(options);
        field.value = JSON.stringify(credential);
      } catch (error) {
        // Cancelled or refused: post without a credential; the server's error summary explains it.
        console.warn(error);
      }
      HTMLFormElement.prototype.submit.call(form);
    });
  }

  document.querySelectorAll('[data-passkey-nojs]').forEach(element => { element.hidden = true; });
  document.querySelectorAll('[data-passkey-section]').forEach(element => { element.hidden = false; });

  document.querySelectorAll('form[data-passkey-create]').forEach(form =>
    enhance(form, form.dataset.passkeyCreate, options =>
      navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })));

  document.querySelectorAll('form[data-passkey-sign-in]').forEach(form =>
    enhance(form, form.dataset.passkeySignIn, options =>
      navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) })));
})();
