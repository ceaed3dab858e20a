// The PEKPPP self-assessment form: builds one field per indicator from the rubric, and scores the
// answers on every change with kinerja (the browser bundle defines `window.kinerja`).
// Open index.html?rubric=pekppp@2022.1 to pin a rubric id; without it, the assessment year decides.
(() => {
  const k = window.kinerja;
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(window.location.search);
  const pinned = params.get("rubric");
  const form = $("form");
  let rubric = null;

  const text = (element, value) => {
    element.textContent = value;
  };

  /** The rubric: the pinned id, or the one rubric resolveRubric gives for the assessment year. */
  function currentRubric() {
    if (pinned) return k.getRubric(pinned);
    return k.resolveRubric("pekppp", { assessmentYear: Number.parseInt($("year").value, 10) });
  }

  function option(value, label) {
    const o = document.createElement("option");
    o.value = value;
    o.textContent = label.length > 60 ? `${label.slice(0, 59)}…` : label;
    o.title = label;
    return o;
  }

  /** One fieldset per aspect, one select per indicator, in official order. */
  function buildForm() {
    form.replaceChildren();
    const byAspect = new Map();
    for (const indicator of k.listIndicators(rubric)) {
      const aspect = indicator.path[0];
      if (!byAspect.has(aspect)) byAspect.set(aspect, []);
      byAspect.get(aspect).push(indicator);
    }
    rubric.nodes.forEach((aspect, i) => {
      const fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      const unit = rubric.weightTotal === "100" ? "%" : ` dari ${rubric.weightTotal}`;
      legend.append(`${["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][i] ?? i + 1}. ${aspect.label.id} `);
      const small = document.createElement("small");
      small.textContent = `(bobot ${aspect.weight}${unit})`;
      legend.append(small);
      fieldset.append(legend);
      for (const indicator of byAspect.get(aspect.code) ?? []) {
        const row = document.createElement("div");
        row.className = "row empty";
        const code = document.createElement("span");
        code.className = "code";
        code.textContent = indicator.code;
        const label = document.createElement("label");
        label.textContent = indicator.label.id;
        label.htmlFor = `q-${indicator.code}`;
        const select = document.createElement("select");
        select.id = `q-${indicator.code}`;
        select.name = indicator.code;
        select.append(option("", "— pilih —"));
        const scale = indicator.scale;
        for (let v = scale.min; v <= scale.max; v++) {
          const level = indicator.levels?.find((l) => l.value === String(v));
          select.append(option(String(v), level ? `${v} – ${level.label.id}` : String(v)));
        }
        row.append(code, label, select);
        fieldset.append(row);
      }
      form.append(fieldset);
    });
  }

  function answers() {
    const out = {};
    for (const select of form.querySelectorAll("select")) {
      select.closest(".row").classList.toggle("empty", select.value === "");
      if (select.value !== "") out[select.name] = select.value; // decimal text: no float on the way in
    }
    return out;
  }

  function clearResult() {
    for (const id of ["value", "exact", "predicate-code"]) text($(id), "–");
    for (const id of ["predicate-label", "gap", "confirmed", "stored"]) text($(id), "");
    $("badge").replaceChildren();
    $("profile").replaceChildren();
  }

  function update() {
    const input = { answers: answers() };
    const status = $("status");
    status.className = "";
    try {
      const result = k.score(rubric, input);
      text($("value"), result.value);
      text($("exact"), result.exact);
      text($("predicate-code"), result.predicate ? result.predicate.code : "–");
      text($("predicate-label"), result.predicate ? result.predicate.label.id : "");
      text(status, "Semua indikator terisi.");
      status.className = "done";
      text(
        $("gap"),
        result.gap
          ? `Menuju ${result.gap.next.code} (${result.gap.next.label.id}): perlu ${result.gap.target}, kurang ${result.gap.points} poin.`
          : "Predikat tertinggi.",
      );
      // The SVG strings are built by kinerja/svg with every text XML-escaped.
      $("badge").innerHTML = k.predicateBadge(result);
      $("profile").innerHTML = k.profileChart(result, { title: "Profil aspek: poin terhadap nilai penuh", width: 388 });
      text(
        $("confirmed"),
        result.confirmed
          ? "Semua angka yang dipakai terkonfirmasi."
          : "Belum terkonfirmasi: sebagian bobot atau rentang predikat rubrik ini belum terkonfirmasi dari sumber resmi.",
      );
      text($("stored"), JSON.stringify({ result, input }, null, 2));
    } catch (e) {
      clearResult();
      if (k.isKinerjaError(e) && e.code === "MISSING_ANSWER") {
        const missing = e.details.missing ?? [];
        const total = form.querySelectorAll("select").length;
        text(status, `${missing.length} dari ${total} indikator belum diisi.`);
      } else text(status, k.isKinerjaError(e) ? `${e.code}: ${e.message}` : String(e));
    }
  }

  function start() {
    try {
      rubric = currentRubric();
    } catch (e) {
      form.replaceChildren();
      clearResult();
      text($("rubric-id"), "–");
      text($("status"), k.isKinerjaError(e) ? `${e.code}: ${e.message}` : String(e));
      return;
    }
    text($("rubric-id"), rubric.id);
    text($("rubric-title"), `(${rubric.title.id})`);
    buildForm();
    update();
  }

  if (pinned) $("year-control").hidden = true;
  form.addEventListener("change", update);
  $("year").addEventListener("change", start);
  $("reset").addEventListener("click", () => {
    form.reset();
    update();
  });
  start();
})();
