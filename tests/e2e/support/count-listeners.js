// Classic script, loaded before wsclose's init(): counts the live event
// listeners of every target and the pending timers, so leaks.html can check
// that each API leaves the page as it found it.
(() => {
  const live = new Map(); // target -> Map(key -> entry)
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const capture = (options) => (typeof options === 'boolean' ? options : Boolean(options && options.capture));
  const keyOf = (type, callback, options) => `${type}\u0000${capture(options)}`;
  function entries(target) {
    let map = live.get(target);
    if (!map) {
      map = new Map();
      live.set(target, map);
    }
    return map;
  }
  function forget(target, type, callback, options) {
    const map = live.get(target);
    if (!map) return;
    const key = keyOf(type, callback, options);
    const list = map.get(key);
    if (!list) return;
    const index = list.findIndex((e) => e.callback === callback);
    if (index >= 0) list.splice(index, 1);
    if (!list.length) map.delete(key);
    if (!map.size) live.delete(target);
  }
  proto.addEventListener = function (type, callback, options) {
    if (!callback) return add.call(this, type, callback, options);
    const key = keyOf(type, callback, options);
    const map = entries(this);
    const list = map.get(key) || [];
    if (list.some((e) => e.callback === callback)) return add.call(this, type, callback, options);
    let registered = callback;
    if (options && typeof options === 'object' && options.once) {
      // A once listener goes away when it fires, without removeEventListener.
      const target = this;
      const wrapped = function (...args) {
        forget(target, type, callback, options);
        return typeof callback === 'function' ? callback.apply(this, args) : callback.handleEvent(...args);
      };
      registered = wrapped;
    }
    list.push({ callback, registered, type });
    map.set(key, list);
    if (options && typeof options === 'object' && options.signal) {
      options.signal.addEventListener('abort', () => forget(this, type, callback, options), { once: true });
    }
    return add.call(this, type, registered, options);
  };
  proto.removeEventListener = function (type, callback, options) {
    const list = live.get(this) && live.get(this).get(keyOf(type, callback, options));
    const entry = list && list.find((e) => e.callback === callback);
    forget(this, type, callback, options);
    return remove.call(this, type, entry ? entry.registered : callback, options);
  };

  // Pending timer id -> where it was started (for the failure message).
  const timers = new Map();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  // The harness waits with these, so that only what the page's code starts
  // is counted (a harness timer caught mid-flight read as a leak in WebKit).
  window.__untrackedTimers = { setTimeout: st.bind(window), clearTimeout: ct.bind(window) };
  const origin = (ms) => `${ms} ms, started at ${new Error().stack}`;
  window.setTimeout = function (fn, ms, ...rest) {
    const id = st.call(window, (...a) => {
      timers.delete(id);
      return typeof fn === 'function' ? fn(...a) : undefined;
    }, ms, ...rest);
    timers.set(id, origin(ms));
    return id;
  };
  window.clearTimeout = function (id) { timers.delete(id); return ct.call(window, id); };
  window.setInterval = function (fn, ms, ...rest) {
    const id = si.call(window, fn, ms, ...rest);
    timers.set(id, origin(ms));
    return id;
  };
  window.clearInterval = function (id) { timers.delete(id); return ci.call(window, id); };

  /** The ids of the pending timers. */
  window.__pendingTimers = () => [...timers.keys()];
  /** Where a pending timer was started, and its delay. */
  window.__timerOrigin = (id) => timers.get(id);

  /** Live listener counts by kind of target, and pending timers. */
  window.__liveListeners = function () {
    const count = { window: 0, document: 0, sockets: 0, connectedNodes: 0, detachedNodes: 0, other: 0, timers: timers.size };
    for (const [target, map] of live) {
      let n = 0;
      for (const list of map.values()) n += list.length;
      if (target === window) count.window += n;
      else if (target === document) count.document += n;
      else if (typeof WebSocket === 'function' && target instanceof WebSocket) count.sockets += n;
      else if (target instanceof Node) count[target.isConnected ? 'connectedNodes' : 'detachedNodes'] += n;
      else count.other += n;
    }
    return count;
  };
  /** The live listeners of one target, as `type` strings. */
  window.__listenersOf = function (target) {
    const map = live.get(target);
    return map ? [...map.values()].flat().map((e) => e.type) : [];
  };
})();
