// Runs after the bundle (page.vega_bundle): draws every chart whose spec the page carries, as SVG. A chart of
// small charts (each theme's evidence, about 380 pixels wide each) gets as many columns as its box holds: two
// side by side put a phone's second column off its screen.

// A chart wider than its box scrolls in it (a phone's 390 pixels, a heatmap of many weeks): its rows' names
// (themes, sources) scrolled away with the cells, which then no longer said whose they were. keepRowNames lays
// a copy of the drawing, cut to the names left of the plot's rows (not their title above, which is wider), at
// the box's left edge, where it stays above the cells scrolled under it (the page's style: div.row-names).
// The cut is moved down to the rows' names by a relative offset, not a margin: a margin collapsed through its holder of no
// height and pushed the chart down instead, so each name stood one row (the chart's title) above its cells.
// The copy keeps no element ids: its gradients' ids, the legend's colours, were found first (the copy comes first),
// and printed, where the copy is not shown, the legend drew none.
function keepRowNames(holder, view) {
  const [left, top] = view.origin();
  const names = document.createElement("div"), shown = document.createElement("div");
  names.className = "row-names";
  names.setAttribute("aria-hidden", "true");
  const drawn = holder.querySelector("svg"), edge = drawn.getBoundingClientRect();
  // The rows' names as drawn (left of the plot): a long name wrapped on two lines reaches past the first or the
  // last row, and a cut at the plot's own height showed half of its outer line.
  const rows = [...drawn.querySelectorAll(".role-axis-label text")].map((t) => t.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.right <= edge.left + left + 1);
  const from = Math.min(top, ...rows.map((r) => Math.floor(r.top - edge.top)));
  const to = Math.max(top + view.height(), ...rows.map((r) => Math.ceil(r.bottom - edge.top)));
  const copy = drawn.cloneNode(true);
  // Only the axes' names and ticks are seen in the copy: its cells, titles and legends are left out of it.
  for (const part of copy.querySelectorAll(".role-mark, .role-legend, .role-title, .role-axis-title, defs")) part.remove();
  for (const named of copy.querySelectorAll("[id]")) named.removeAttribute("id");
  copy.setAttribute("class", "row-names");  // not one of the charts drawn (svg.marks)
  shown.style.cssText = `position: relative; top: ${from}px; width: ${left}px; height: ${to - from}px`;
  copy.style.cssText = `display: block; margin-top: ${-from}px`;
  shown.appendChild(copy);
  names.appendChild(shown);
  holder.prepend(names);
}
// A chart wider than its box had its scrolling shades as the box's background, under the drawing: a heatmap's cells
// reaching the box's right edge covered the right one (the cue that more lies beyond was gone where it mattered), and
// the rows' names kept at the left edge covered the left one. The shades are laid over the drawing instead: a layer
// kept at the box's left edge as row-names is, as wide as the box shows, its left shade at the names' right edge
// (where the cells go under them), each shown while there is more of the chart that way (the page's style).
// The layer is measured again whenever the box's size changes: measured once, a phone turned sideways (390 to 844
// pixels) kept a 362-pixel layer, its right shade mid-chart and shown though the chart no longer scrolled, and a
// window narrowed until a chart scrolled had no layer at all. So every chart has one, shown only while it scrolls.
function keepEdges(holder) {
  const edges = document.createElement("div"), shown = document.createElement("div");
  edges.className = "chart-edges";
  edges.setAttribute("aria-hidden", "true");
  edges.appendChild(shown);
  holder.prepend(edges);
  const mark = () => {
    holder.toggleAttribute("data-more-left", holder.scrollLeft > 1);
    holder.toggleAttribute("data-more-right", holder.scrollLeft < holder.scrollWidth - holder.clientWidth - 1);
  };
  const fit = () => {
    const names = holder.querySelector("div.row-names > div"), drawn = holder.querySelector("svg.marks");
    shown.style.cssText = `width: ${holder.clientWidth}px; height: ${drawn ? drawn.getBoundingClientRect().height : 0}px;` +
      ` --names: ${names ? names.offsetWidth : 0}px`;
    mark();
  };
  holder.addEventListener("scroll", mark, {passive: true});
  new ResizeObserver(fit).observe(holder);
  fit();
}
// A chart of small charts in one column, wider than its box (a 320-pixel phone's 292 pixels: each theme's 260
// pixels of bars beside its terms), is drawn again with its small charts' width less what ran over: the longest
// bars and the axis's top counts were off the screen until the box was scrolled. Their names' width is only known
// once drawn (another taxonomy's terms are longer), hence the second drawing; never narrower than LEAST_FACET.
const LEAST_FACET = 120;
// A drawing without a background of its own (Vega-Lite's is white): the chart's box is its white card, and the shade
// on the box's edge where it scrolls (the page's style) shows through wherever no mark lies over it.
function draw(holder, spec) {
  return vegaEmbed(holder, spec, {renderer: "svg", actions: false, config: {background: "transparent"}}).then((result) => {
    const over = holder.scrollWidth - holder.clientWidth, inner = spec.columns === 1 ? spec.spec : null;
    if (over <= 0 || !inner || typeof inner.width !== "number" || inner.width - over < LEAST_FACET) return result;
    result.finalize();
    inner.width = Math.floor(inner.width - over);
    return draw(holder, spec);
  });
}
for (const holder of document.querySelectorAll("[data-spec]")) {
  const spec = JSON.parse(document.getElementById(holder.dataset.spec).textContent);
  if (spec.columns) spec.columns = Math.max(1, Math.min(spec.columns, Math.floor(holder.clientWidth / 380)));
  draw(holder, spec)
    .then((result) => { if ((spec.usermeta || {}).keepRowNames) keepRowNames(holder, result.view); })
    .then(() => keepEdges(holder))
    .then(() => holder.setAttribute("data-rendered", "true"))
    .catch((error) => { holder.textContent = "chart failed: " + error; console.error(error); });
}
