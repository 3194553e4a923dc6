// Navigation start -> the Yew floor's card in the DOM.
import init, { mount_floor } from '/bench/floor/wsclose_floor.js';
import { rendered, publish } from './common.js';

publish((async () => {
  const app = document.getElementById('app');
  await init();
  mount_floor(app);
  const ms = await rendered(app, '[data-card]');
  return { ms };
})());
