// Navigation start -> the widget's card in the DOM (performance.now() is
// measured from the navigation's time origin).
import init, { mount } from '/pkg/wsclose.js';
import { rendered, publish } from './common.js';

publish((async () => {
  const app = document.getElementById('app');
  await init();
  mount(app, { code: 1000, locale: 'en' });
  const host = app.querySelector('[data-wsclose]');
  const ms = await rendered(host.shadowRoot, '[data-close-code]');
  return { ms };
})());
