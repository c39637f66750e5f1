// Passkeys through Spring Security's WebAuthn endpoints: register one on /account/security, use one at the second
// step of a sign-in. Same requests as Spring Security's own webauthn.js, with Tandem's messages and pages.
(function () {
  function encode(buffer) {
    return btoa(String.fromCharCode.apply(null, new Uint8Array(buffer)))
      .replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }
  function decode(text) {
    var bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) {
      bytes[i] = bin.charCodeAt(i);
    }
    return bytes.buffer;
  }
  function post(el, url, body) {
    var headers = { 'Content-Type': 'application/json' };
    headers[el.dataset.csrfHeader] = el.dataset.csrfToken;
    return fetch(url, { method: 'POST', headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }
  function say(text) {
    var message = document.getElementById('passkey-message');
    message.textContent = text;
    message.hidden = false;
  }

  async function register(form) {
    var label = document.getElementById('passkey-label').value.trim();
    if (!label) {
      say(form.dataset.labelRequired);
      return;
    }
    var options = await post(form, '/webauthn/register/options');
    options.user.id = decode(options.user.id);
    options.challenge = decode(options.challenge);
    options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
      return Object.assign({}, c, { id: decode(c.id) });
    });
    var created = await navigator.credentials.create({ publicKey: options });
    var credential = {
      id: created.id,
      rawId: encode(created.rawId),
      response: {
        attestationObject: encode(created.response.attestationObject),
        clientDataJSON: encode(created.response.clientDataJSON),
        transports: created.response.getTransports ? created.response.getTransports() : []
      },
      type: created.type,
      clientExtensionResults: created.getClientExtensionResults(),
      authenticatorAttachment: created.authenticatorAttachment
    };
    var result = await post(form, '/webauthn/register', { publicKey: { credential: credential, label: label } });
    if (!result.success) {
      throw new Error('not registered');
    }
    window.location.href = '/account/security';
  }

  async function signIn(button) {
    var options = await post(button, '/webauthn/authenticate/options');
    options.challenge = decode(options.challenge);
    options.allowCredentials = (options.allowCredentials || []).map(function (c) {
      return Object.assign({}, c, { id: decode(c.id) });
    });
    var got = await navigator.credentials.get({ publicKey: options });
    var result = await post(button, '/login/webauthn', {
      id: got.id,
      rawId: encode(got.rawId),
      response: {
        authenticatorData: encode(got.response.authenticatorData),
        clientDataJSON: encode(got.response.clientDataJSON),
        signature: encode(got.response.signature),
        userHandle: got.response.userHandle ? encode(got.response.userHandle) : undefined
      },
      credType: got.type,
      clientExtensionResults: got.getClientExtensionResults(),
      authenticatorAttachment: got.authenticatorAttachment
    });
    if (!(result.authenticated && result.redirectUrl)) {
      throw new Error('not signed in');
    }
    window.location.href = result.redirectUrl;
  }

  function wire(el, event, action) {
    if (!el) {
      return;
    }
    el.addEventListener(event, function (e) {
      e.preventDefault();
      if (!window.PublicKeyCredential) {
        say(el.dataset.unsupported);
        return;
      }
      action(el).catch(function (err) {
        console.error(err);
        say(el.dataset.failed);
      });
    });
  }
  wire(document.getElementById('passkey-register'), 'submit', register);
  wire(document.getElementById('passkey-sign-in'), 'click', signIn);
})();
