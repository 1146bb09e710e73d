// Calls to the service. Writes in a signed-in session carry the CSRF token the service gave the
// page (GET /api/me); errors become exceptions with the service's own message.
let csrf = null;

export function setCsrf(token) {
  csrf = token || null;
}

export async function api(path, { method = 'GET', json, form, multipart } = {}) {
  const headers = { Accept: 'application/json, application/geo+json;q=0.9, */*;q=0.1' };
  if (method !== 'GET' && csrf) {
    headers[csrf.headerName] = csrf.token;
  }
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = new URLSearchParams(form);
  } else if (multipart) {
    body = multipart;
  }
  const r = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  const text = await r.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = text;
  }
  if (!r.ok) {
    const err = new Error((data && data.message) || r.statusText || String(r.status));
    err.status = r.status;
    err.data = data;
    throw err;
  }
  return { status: r.status, data, location: r.headers.get('Location') };
}
