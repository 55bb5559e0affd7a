// Embedding support (docs/embed.md). When the calculator runs inside an iframe, it tells the
// host page its content height whenever that changes, so the host can size the frame without
// a scroll bar:
//
//   { type: "evt-height", height: <CSS pixels, integer> }
//
// posted to the parent window. The height is not sensitive, so the message goes to any origin
// ("*"); the host must check event.source (and may check event.origin) before using it.
// Nothing happens when the page is not framed.

function contentHeight() {
  const body = document.body;
  const style = getComputedStyle(body);
  const margins = parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  return Math.ceil(body.getBoundingClientRect().height + margins);
}

if (window.parent !== window && typeof ResizeObserver === "function") {
  let last = -1;
  const post = () => {
    // While the page waits for the app (web/early.js: a link with other figures) it shows
    // only a loading line; its 48 px would shrink the host's frame for a moment. The
    // observer fires again when the app has taken over.
    if (document.documentElement.classList.contains("evt-pending")) return;
    const height = contentHeight();
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "evt-height", height }, "*");
    }
  };
  new ResizeObserver(post).observe(document.body);
  post();
}
