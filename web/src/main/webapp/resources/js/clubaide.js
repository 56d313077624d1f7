/* Club Aide: small progressive enhancements; every page works without this script. */
(function () {
  "use strict";
  // Length counters: <span data-counter-for="fieldId" data-template="{0} / {1}"> beside a field
  // with a maxlength; the count is announced politely to screen readers.
  document.querySelectorAll("[data-counter-for]").forEach(function (counter) {
    var field = document.getElementById(counter.getAttribute("data-counter-for"));
    if (!field) {
      return;
    }
    var max = field.getAttribute("maxlength");
    var template = counter.getAttribute("data-template") || "{0} / {1}";
    var update = function () {
      counter.textContent = template.replace("{0}", field.value.length).replace("{1}", max);
    };
    field.addEventListener("input", update);
    update();
  });
})();
