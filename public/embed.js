/*!
 * CareFit embed loader, protocol "carefit" v1. No dependencies.
 * <div data-carefit-quiz data-booking-url="https://…" data-accent="#0a7" data-lang="fr"></div>
 * <script src="https://QUIZ-HOST/embed.js" async></script>
 * Turns each [data-carefit-quiz] into an iframe of the quiz that sizes itself, and
 * re-dispatches the quiz's events as DOM CustomEvents ("carefit:step", …) on the
 * container and to optional global callbacks named in data-on-<event>.
 * window.CareFit.scan() picks up containers added later; CareFit.restart([container])
 * asks the quizzes to start over.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var quiz = new URL(script && script.src ? script.src : "embed.js", location.href);
  var origin = quiz.origin;
  var base = new URL("./", quiz).href;
  var instances = {};
  var count = 0;
  var SETTINGS = ["accent", "font", "radius", "theme", "lang"];
  // The frame's name before the quiz loads, in the page's chosen language (the quiz's own
  // catalogues say the same: src/ui/strings/*.ts frameTitle; a unit test keeps them equal).
  var TITLES = { en: "Which care fits me? quiz", fr: "Questionnaire \u00ab\u00a0Quels soins me conviennent\u202f?\u00a0\u00bb" };
  var EVENTS = { ready: 1, started: 1, step: 1, completed: 1, "booking-click": 1, resize: 1 };

  function post(instance, type, payload) {
    instance.iframe.contentWindow.postMessage({ source: "carefit", version: 1, instance: instance.id, type: type, payload: payload || {} }, origin);
  }

  function init(el) {
    if (el.getAttribute("data-carefit-ready")) return;
    el.setAttribute("data-carefit-ready", "1");
    var id = "carefit-" + ++count;
    var params = new URLSearchParams({ embed: "1", instance: id, host: location.origin });
    SETTINGS.forEach(function (name) {
      var value = el.getAttribute("data-" + name);
      if (value) params.set(name, value);
    });
    if (el.hasAttribute("data-share-answers")) params.set("share", "1");
    var iframe = document.createElement("iframe");
    iframe.src = base + "?" + params.toString();
    var lang = (el.getAttribute("data-lang") || "").toLowerCase().split("-")[0];
    iframe.title = el.getAttribute("data-title") || TITLES[lang] || TITLES.en;
    if (TITLES[lang]) iframe.setAttribute("lang", lang);
    // Until the quiz reports its height: tall enough for a question, scrollable if not.
    iframe.style.cssText = "display:block;width:100%;height:640px;border:0;color-scheme:normal";
    var instance = { id: id, el: el, iframe: iframe };
    instances[id] = instance;
    // Ask again after every (re)load: the quiz answers with ready + resize.
    iframe.addEventListener("load", function () { post(instance, "request-state"); });
    el.appendChild(iframe);
  }

  function emit(instance, type, payload) {
    // The booking link goes in a message, never the quiz's URL: only a message carries the
    // page's real origin, so the quiz can obey it only from pages its rules name.
    var booking = instance.el.getAttribute("data-booking-url");
    if (type === "ready" && booking) post(instance, "config", { bookingUrl: booking });
    if (type === "resize") {
      var height = Math.ceil(Number(payload.height));
      if (height > 0 && height < 100000) instance.iframe.style.height = height + "px";
    }
    if ((type === "step" || type === "completed") && instance.iframe.getBoundingClientRect().top < 0) {
      var smooth = !(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
      instance.iframe.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
    }
    instance.el.dispatchEvent(new CustomEvent("carefit:" + type, { detail: payload, bubbles: true }));
    var callback = instance.el.getAttribute("data-on-" + type);
    if (callback && typeof window[callback] === "function") {
      try { window[callback](payload); } catch (error) { console.error(error); }
    }
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.source !== "carefit" || data.version !== 1 || !EVENTS[data.type]) return;
    var instance = instances[data.instance];
    if (!instance || event.source !== instance.iframe.contentWindow) return;
    emit(instance, data.type, data.payload || {});
  });

  // Pages change (single-page apps): a container removed from the page is forgotten, so it
  // can't leak or break restart(), and loses its frame, so scan() starts it afresh if it returns.
  function forgetRemoved() {
    Object.keys(instances).forEach(function (id) {
      var instance = instances[id];
      if (instance.el.isConnected && instance.iframe.isConnected) return;
      delete instances[id];
      instance.el.removeAttribute("data-carefit-ready");
      if (instance.iframe.parentNode === instance.el) instance.el.removeChild(instance.iframe);
    });
  }

  function scan() {
    forgetRemoved();
    Array.prototype.forEach.call(document.querySelectorAll("[data-carefit-quiz]"), init);
  }

  window.CareFit = {
    version: 1,
    scan: scan,
    restart: function (el) {
      forgetRemoved();
      Object.keys(instances).forEach(function (id) {
        if (!el || instances[id].el === el) post(instances[id], "restart");
      });
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
