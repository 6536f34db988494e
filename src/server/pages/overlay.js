// MelodyHue overlay runtime: keeps the page live from /ws. Elements marked data-mh="title"
// (artists, album, elapsed, duration, player, attribution, cover, attribution-logo) and the CSS
// variables --mh-color, --mh-text, --mh-dominant, --mh-vibrant, --mh-muted, --mh-progress and
// --mh-cover follow what plays; <html> carries mh-playing, mh-paused, mh-idle, mh-hidden,
// mh-no-cover, mh-service-<id> and mh-attributed (the service asks for credit, as Spotify does).
// Text is only ever set as text. Progress moves between pushes; the socket reconnects by
// itself, and the page loads again when its overlay is edited.
(() => {
  'use strict';
  const root = document.documentElement;
  const options = {
    hideWhenPaused: root.dataset.mhHideWhenPaused === 'true',
    showSeconds: Number(root.dataset.mhShowSeconds) || 0,
    fallback: root.dataset.mhFallback || '',
    fallbackText: root.dataset.mhFallbackText || '',
  };
  let infos = null;
  let receivedAt = 0;
  let item = null;
  let changedAt = 0;
  let showTimer = 0;
  let frame = 0;
  let shownSecond = -1;
  let attempts = 0;

  const clock = (ms) => {
    const total = Math.max(0, Math.floor(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor(total / 60) % 60;
    const s = String(total % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  };

  const setText = (name, value) => {
    for (const element of document.querySelectorAll(`[data-mh="${name}"]`)) {
      if (element.textContent !== value) element.textContent = value;
    }
  };

  const setVariable = (name, value) => {
    if (root.style.getPropertyValue(name) !== value) root.style.setProperty(name, value);
  };

  const progressMs = () => {
    const track = infos && infos.track;
    if (!track) return 0;
    let progress = Number(track.progress_ms) || 0;
    if (infos.is_playing) progress += performance.now() - receivedAt;
    const duration = Number(track.duration_ms) || 0;
    return duration > 0 ? Math.min(progress, duration) : progress;
  };

  const showProgress = () => {
    const track = infos && infos.track;
    const duration = track ? Number(track.duration_ms) || 0 : 0;
    const progress = progressMs();
    setVariable('--mh-progress', String(duration > 0 ? progress / duration : 0));
    const second = Math.floor(progress / 1000);
    if (second !== shownSecond) {
      shownSecond = second;
      setText('elapsed', clock(progress));
    }
  };

  const animate = () => {
    showProgress();
    frame = infos && infos.is_playing && infos.track ? requestAnimationFrame(animate) : 0;
  };

  // Long lines scroll back and forth; the others ellipsize.
  const fitLines = () => {
    for (const line of document.querySelectorAll('.mh-scroll')) {
      line.classList.remove('mh-overflowing');
      const overflow = line.scrollWidth - line.clientWidth;
      if (overflow > 1) {
        line.style.setProperty('--mh-scroll-by', `${-overflow}px`);
        line.style.setProperty('--mh-scroll-time', `${Math.max(6, overflow / 25)}s`);
        line.classList.add('mh-overflowing');
      }
    }
  };

  const updateVisibility = () => {
    const track = infos && infos.track;
    const pausedHidden = options.hideWhenPaused && !(infos && infos.is_playing);
    const timedHidden = options.showSeconds > 0 && performance.now() - changedAt > options.showSeconds * 1000;
    root.classList.toggle('mh-hidden', !track || pausedHidden || timedHidden);
  };

  const apply = (next) => {
    infos = next;
    receivedAt = performance.now();
    const track = infos.track;
    const fromCover = infos.color_source === 'cover';
    const palette = infos.palette || {};
    const color = !fromCover && options.fallback ? options.fallback : infos.color;
    const text = !fromCover && options.fallback ? options.fallbackText : infos.text_color;
    setVariable('--mh-color', color);
    setVariable('--mh-text', text);
    setVariable('--mh-dominant', palette.dominant || color);
    setVariable('--mh-vibrant', palette.vibrant || color);
    setVariable('--mh-muted', palette.muted || color);

    root.classList.toggle('mh-idle', !track);
    root.classList.toggle('mh-playing', Boolean(track) && infos.is_playing === true);
    root.classList.toggle('mh-paused', Boolean(track) && infos.is_playing !== true);

    const cover = track && track.local_cover_url ? String(track.local_cover_url) : '';
    root.classList.toggle('mh-no-cover', !cover);
    setVariable('--mh-cover', cover ? `url("${encodeURI(cover)}")` : 'none');
    for (const image of document.querySelectorAll('img[data-mh="cover"]')) {
      if (cover && image.getAttribute('src') !== cover) image.setAttribute('src', cover);
    }

    const artists = track && Array.isArray(track.artists) ? track.artists.join(', ') : '';
    setText('title', track ? String(track.title || '') : '');
    setText('artists', artists);
    setText('album', track ? String(track.album || '') : '');
    setText('duration', clock(track ? Number(track.duration_ms) || 0 : 0));
    setText('player', infos.player ? String(infos.player) : '');

    const credit = track && infos.attribution && typeof infos.attribution === 'object' ? infos.attribution : null;
    root.classList.toggle('mh-attributed', Boolean(credit));
    setText('attribution', credit ? String(credit.name || '') : '');
    const logo = credit && String(credit.logo || '').startsWith('/logos/') ? String(credit.logo) : '';
    for (const image of document.querySelectorAll('img[data-mh="attribution-logo"]')) {
      if (logo && image.getAttribute('src') !== logo) image.setAttribute('src', logo);
    }
    const service = track && /^[a-z0-9-]{1,40}$/.test(String(infos.service || '')) ? String(infos.service) : 'none';
    for (const name of [...root.classList]) {
      if (name.startsWith('mh-service-') && name !== `mh-service-${service}`) root.classList.remove(name);
    }
    root.classList.add(`mh-service-${service}`);
    shownSecond = -1;
    showProgress();

    const nextItem = track ? `${track.id}\n${track.title}\n${artists}` : null;
    if (nextItem !== item) {
      item = nextItem;
      changedAt = performance.now();
      clearTimeout(showTimer);
      if (options.showSeconds > 0) showTimer = setTimeout(updateVisibility, options.showSeconds * 1000 + 20);
      requestAnimationFrame(fitLines);
    }
    updateVisibility();
    if (!frame) frame = requestAnimationFrame(animate);
  };

  const connect = () => {
    const overlay = encodeURIComponent(root.dataset.mhOverlay || '');
    const socket = new WebSocket(`ws://${location.host}/ws?overlay=${overlay}`);
    socket.onopen = () => { attempts = 0; };
    socket.onmessage = (event) => {
      let next;
      try {
        next = JSON.parse(event.data);
      } catch {
        return;
      }
      if (!next || typeof next !== 'object' || Array.isArray(next)) return;
      // The overlay itself was edited: load it again.
      if (typeof next.overlay_changed === 'string') location.reload();
      else apply(next);
    };
    socket.onclose = () => {
      // MelodyHue restarting: try again soon, then less often, never all at once.
      const delay = Math.min(10000, 500 * 2 ** attempts) * (0.8 + Math.random() * 0.4);
      attempts = Math.min(attempts + 1, 8);
      setTimeout(connect, delay);
    };
  };

  window.addEventListener('resize', fitLines);
  changedAt = performance.now();
  requestAnimationFrame(fitLines);
  if (options.showSeconds > 0) showTimer = setTimeout(updateVisibility, options.showSeconds * 1000 + 20);
  connect();
})();
