// Inference Advisor: landing-page title and tagline, and starter descriptions on their own line.
// Everything here is local; the page makes no request outside its own origin.
(function () {
  var TAGLINE =
    "Decide between paid LLM APIs, self-hosting open-weight models, or a mix — with the money shown.";

  function landing() {
    var screen = document.getElementById("welcome-screen");
    if (screen && !document.getElementById("ia-landing")) {
      var box = document.createElement("div");
      box.id = "ia-landing";
      var h = document.createElement("h1");
      h.textContent = "Inference Advisor";
      var p = document.createElement("p");
      p.textContent = TAGLINE;
      box.appendChild(h);
      box.appendChild(p);
      screen.insertBefore(box, screen.firstChild);
    }
    var starters = document.querySelectorAll('button[id^="starter-"] p');
    starters.forEach(function (p) {
      if (p.dataset.iaSplit) return;
      var parts = (p.textContent || "").split(" — ");
      if (parts.length < 2) return;
      p.dataset.iaSplit = "1";
      p.textContent = "";
      var t = document.createElement("span");
      t.className = "ia-starter-title";
      t.textContent = parts[0];
      var d = document.createElement("span");
      d.className = "ia-starter-desc";
      d.textContent = parts.slice(1).join(" — ");
      p.appendChild(t);
      p.appendChild(d);
    });
  }

  new MutationObserver(landing).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", landing);
})();
