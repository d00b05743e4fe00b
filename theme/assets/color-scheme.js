// Runs before the first paint (a plain <script src> in <head>, not deferred) so a reader who
// chose a colour scheme never sees the other one flash. site.js owns the toggle itself.
try {
  var chosen = localStorage.getItem("slmguide-theme");
  if (chosen === "dark" || chosen === "light") {
    document.documentElement.setAttribute("data-theme", chosen);
  }
} catch (storageBlocked) {
  // Without storage the page simply follows prefers-color-scheme.
}
