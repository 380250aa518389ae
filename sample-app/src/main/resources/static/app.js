// The sample's page: no framework and no build step, so every line can be read and copied.
"use strict";

const count = new Intl.NumberFormat("en-US");
const byId = (id) => document.getElementById(id);

// ---- Listing: one EventSource on /api/images/pages, one server-sent event per page of images ----

let listing = null;

function startListing(event) {
  event?.preventDefault();
  listing?.close();
  const url = "/api/images/pages?" + queryOf(byId("list-form"));
  const section = byId("listing");
  const progress = byId("list-progress");
  section.dataset.state = "streaming";
  progress.removeAttribute("value"); // indeterminate: token pagination has no total
  byId("rows").replaceChildren();
  byId("page-strip").replaceChildren();
  byId("list-status").textContent = "Waiting for the first page…";

  const source = new EventSource(url);
  listing = source;
  source.onmessage = (message) => {
    if (listing !== source) {
      return;
    }
    const page = JSON.parse(message.data);
    appendRows(page.items, page.itemsSoFar - page.itemCount);
    appendPageChip(page);
    const pages = page.page === 1 ? "1 page" : `${count.format(page.page)} pages`;
    if (page.nextPageToken) {
      byId("list-status").textContent =
        `${count.format(page.itemsSoFar)} images in ${pages} so far, ${count.format(page.elapsedMs)} ms`;
      return;
    }
    // the last page has no next token; closing stops EventSource from reconnecting and listing again
    source.close();
    progress.max = 1;
    progress.value = 1;
    section.dataset.state = "done";
    byId("list-status").textContent =
      `Listed ${count.format(page.itemsSoFar)} images in ${pages} in ${count.format(page.elapsedMs)} ms`;
  };
  source.onerror = () => {
    source.close();
    if (listing === source) {
      section.dataset.state = "failed";
      progress.max = 1;
      progress.value = 0;
      explainFailure(url);
    }
  };
}

// EventSource does not expose the failed response: ask once more to show the problem detail it carried
async function explainFailure(url) {
  const status = byId("list-status");
  status.textContent = "The listing stopped.";
  const response = await fetch(url, { headers: { Accept: "text/event-stream" } });
  if (response.ok) {
    await response.body.cancel();
    return;
  }
  status.textContent = `The listing failed: ${(await problemOf(response)).detail}`;
}

function appendRows(images, firstIndex) {
  const rows = document.createDocumentFragment();
  images.forEach((image, offset) => {
    const row = document.createElement("tr");
    addCell(row, count.format(firstIndex + offset + 1), "num");
    addCell(row, image.name);
    addCell(row, image.family);
    addCell(row, image.status, `status status-${image.status.toLowerCase()}`);
    addCell(row, image.os ? image.os.type : "");
    addCell(row, image.createdAt ? image.createdAt.slice(0, 16).replace("T", " ") : "");
    addCell(row, gibibytes(image.storageSize), "num");
    addCell(row, image.id, "mono");
    rows.append(row);
  });
  byId("rows").append(rows);
}

function addCell(row, text, className) {
  const cell = document.createElement("td");
  cell.textContent = text; // textContent, never innerHTML: names come from the server
  if (className) {
    cell.className = className;
  }
  row.append(cell);
}

function appendPageChip(page) {
  const chip = document.createElement("li");
  chip.textContent = `${page.page}: ${count.format(page.itemCount)} · ${count.format(page.elapsedMs)} ms`;
  chip.title = page.nextPageToken ? `next page token ${page.nextPageToken}` : "last page";
  byId("page-strip").append(chip);
}

function gibibytes(bytes) {
  return bytes ? `${(bytes / 2 ** 30).toFixed(1)} GiB` : "";
}

// ---- Create: POST /api/images answers with server-sent events, one per state of the operation ----

async function createImage(event) {
  event.preventDefault();
  const form = byId("create-form");
  const section = byId("create");
  const progress = byId("operation-progress");
  const status = byId("operation-status");
  const button = form.querySelector("button");
  button.disabled = true;
  section.dataset.state = "running";
  progress.removeAttribute("value");
  byId("operation-states").replaceChildren();
  status.textContent = "Starting…";
  try {
    const response = await fetch("/api/images", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify(bodyOf(form)),
    });
    if (!response.ok) {
      const problem = await problemOf(response);
      fail(`${problem.title}: ${problem.detail}`);
      return;
    }
    let last = null;
    for await (const operation of serverSentEvents(response)) {
      showOperationState(operation);
      last = operation;
    }
    if (!last || !last.done) {
      fail("The stream ended before the operation was done.");
      return;
    }
    progress.max = 1;
    progress.value = 1;
    section.dataset.state = last.error ? "failed" : "done";
    status.textContent = last.error
      ? `${last.description} failed: ${last.error.message}`
      : `${last.description} is done: ${last.response.name} (${last.response.id}) is ${last.response.status}`;
    form.elements.name.value = suggestedName();
  } catch (error) {
    fail(`The request failed: ${error.message}`);
  } finally {
    button.disabled = false;
  }

  function fail(message) {
    progress.max = 1;
    progress.value = 0;
    section.dataset.state = "failed";
    status.textContent = message;
  }
}

function showOperationState(operation) {
  const states = byId("operation-states");
  const state = operation.done ? (operation.error ? "failed" : "done") : "running";
  const item = document.createElement("li");
  item.className = `state-${state}`;
  item.textContent = `${new Date().toISOString().slice(11, 23)}  ${states.childElementCount === 0 ? "started" : state}`;
  states.append(item);
  if (!operation.done) {
    byId("operation-status").textContent = `${operation.description || "Operation"} ${operation.id}: running…`;
  }
}

// A minimal reader of the text/event-stream format: events end with a blank line, data lines start with "data:"
async function* serverSentEvents(response) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    buffer += value.replaceAll("\r\n", "\n");
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const data = buffer.slice(0, end).split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).replace(/^ /, ""))
        .join("\n");
      buffer = buffer.slice(end + 2);
      if (data) {
        yield JSON.parse(data);
      }
    }
  }
}

// ---- Shared ----

async function problemOf(response) {
  const type = response.headers.get("Content-Type") || "";
  if (type.includes("json")) {
    return response.json();
  }
  return { title: `HTTP ${response.status}`, detail: response.statusText };
}

function queryOf(form) {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (value.trim()) {
      query.set(name, value.trim());
    }
  }
  return query;
}

function bodyOf(form) {
  return Object.fromEntries(queryOf(form));
}

function suggestedName() {
  return `sample-${Date.now().toString(36)}`;
}

byId("list-form").addEventListener("submit", startListing);
byId("create-form").addEventListener("submit", createImage);
byId("create-form").elements.name.value = suggestedName();
startListing();
