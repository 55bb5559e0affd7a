// Runs before the first paint (a classic, blocking script in <head>: external, so the strict
// Content-Security-Policy allows it). The page arrives prerendered with the default Twente
// figures (scripts/post-build.sh); this decides whether those are this visitor's figures.
//
// <html class="evt-pending">: the visitor came with a scenario link that changes the figures
// (or a view tab's address of another view), has chosen "Mijn gemeente" in this browser,
// or has autosaved work of their own (the app removes the autosave key when the work is the
// untouched default). style/main.css then hides the prerendered page and shows the loading
// line, so the default figures are never presented as theirs, not even for a frame. The app
// removes the class when it takes over (src/web.rs take_over_prerender).
//
// <html class="evt-embed">: a link with e=1 (compact embed mode) that keeps the default
// figures; the CSS gives the prerendered page the compact layout, so nothing moves later.
(function () {
  var root = document.documentElement;
  function mark() {
    var pending = false;
    var embed = false;
    try {
      pending = window.localStorage.getItem("evt.v1.autosave") !== null;
      // This tab's own work (a reload of a tab opens it, whatever another tab saved).
      pending = pending || window.sessionStorage.getItem("evt.v1.tabwork") !== null;
    } catch (e) {
      // Storage blocked: the app cannot have autosaved anything either.
    }
    var hash = window.location.hash.replace(/^#/, "");
    var path = window.location.pathname.replace(/index\.html$/, "");
    var pageView = /\/uitleg\/$/.test(path) ? "uitleg" : "calc";
    if (/^evt/.test(hash)) {
      // Items that leave the page as prerendered (docs/scenario-link.md): the default data
      // and base, the checksum, Dutch, this page's view, the embed mode and the theme colour.
      // Anything else (another language, view, font, any figure) means other figures.
      var items = hash.split(";");
      if (items[0] !== "evt1") pending = true;
      // A link without v opens the calculator, also on the explanation's page.
      if (pageView !== "calc" && items.indexOf("v=" + pageView) < 0) pending = true;
      for (var i = 1; i < items.length; i++) {
        var item = items[i];
        var key = item.split("=")[0];
        if (item === "d=cbs2023" || item === "b=tw" || item === "l=nl" || key === "k" || key === "tc") continue;
        if (item === "v=" + pageView) continue;
        if (item === "e=1") {
          embed = true;
          continue;
        }
        pending = true;
      }
    } else if (/(^|&)region=/.test(hash)) {
      pending = true;
    } else {
      // "#v=kaart" (a view tab's plain address): another view than this page's.
      var view = /^v=([a-z]+)$/.exec(hash);
      if (view && view[1] !== pageView) pending = true;
      // "Mijn gemeente" of this browser comes first in the summary: not the picture's.
      try {
        if (window.localStorage.getItem("evt.v1.mine") !== null) pending = true;
      } catch (e) {
        // Storage blocked: no choice was kept.
      }
    }
    if (pending) root.classList.add("evt-pending");
    if (embed) root.classList.add("evt-embed");
  }
  mark();
  // A link pasted into the address bar before the app has taken over: the same rule.
  window.addEventListener("hashchange", function () {
    if (document.getElementById("evt-prerender")) mark();
  });
})();
