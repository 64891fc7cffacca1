import { el, badge, table } from "../dom.js";
import { getJson } from "../api.js";

// A member's node name is unknown (null) until its entry has reached this node; its address never is.
function member(m) {
  return el("tr", { "data-member": m.address },
    el("td", {}, m.name ?? "–", m.leader ? " (leader)" : "", m.self ? " (this node)" : ""),
    el("td", { class: "mono wide-only" }, m.address),
    el("td", {}, badge(m.status)),
    el("td", {}, badge(m.reachability)),
    el("td", { class: "wide-only" }, m.roles.join(", ")),
    el("td", { class: "wide-only" }, m.version));
}

function agent(a) {
  return el("tr", {}, el("td", {}, a.name ?? "–"), el("td", {}, a.status ?? "–"), el("td", {}, (a.tags ?? []).join(", ")));
}

/** The Akka cluster's members as this node sees them, and the agents (none until agents exist). */
export async function renderCluster(main) {
  const [cluster, agents] = await Promise.all([getJson("/cluster"), getJson("/agents")]);
  main.replaceChildren(
    el("h1", {}, "Cluster"),
    el("p", {}, `This node: ${cluster.name} (${cluster.self}). Leader: ${cluster.leader ?? "none"}. Storage: ${cluster.storage}`,
      cluster.storage === "sqlite" ? " (a node on SQLite is a cluster of one)." : "."),
    table(["Member", { label: "Address", wide: true }, "Status", "Reachability", { label: "Roles", wide: true },
      { label: "Version", wide: true }], cluster.members.map(member), "Cluster members"),
    el("h2", {}, "Agents"),
    agents.count
      ? table(["Agent", "Status", "Tags"], agents.agents.map(agent), "Agents")
      : el("p", { class: "empty", id: "no-agents" }, "No agents: agents arrive with ", el("code", {}, "sloth agent run"),
        " (hooks run on remote machines), which this node does not offer yet."));
}
