// The login page of a server reachable from other machines: the session cookie is HttpOnly, so the page keeps
// only the write token the server answers with (GET /api/session gives it again after a reload).
const form = document.getElementById('login-form');
const error = document.getElementById('login-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const response = await fetch('api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: form.user.value, password: form.password.value }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    error.textContent = body.error || response.statusText;
    error.hidden = false;
    return;
  }
  sessionStorage.setItem('lectern-token', body.token);
  location.href = './#/';
});
