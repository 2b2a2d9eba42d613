"""Who met whom: the meeting network, written for Gephi and networkx, and laid out for
the report page.

Nodes are states and bodies by code (``label`` the name a reader knows, ``meetings`` the
meeting events they took part in, ``reports`` the articles that report them); edges join
every two parties of a meeting event (``weight`` the number of such events, ``held`` those
last reported as held, ``reports`` the articles). Parties without a code are left out.
"""

from __future__ import annotations

import csv
import dataclasses
import itertools
import math
import xml.etree.ElementTree as ET
from pathlib import Path

from .merge import Event

__all__ = ["Network", "layout", "meeting_network"]


@dataclasses.dataclass
class Network:
    labels: dict[str, str]
    meetings: dict[str, int]
    reports: dict[str, int]
    edges: dict[tuple[str, str], dict[str, int]]

    def write_gexf(self, path: Path) -> None:
        """GEXF 1.2 (Gephi's format; ``networkx.read_gexf`` reads it)."""
        root = ET.Element("gexf", xmlns="http://www.gexf.net/1.2draft", version="1.2")
        meta = ET.SubElement(root, "meta")
        ET.SubElement(meta, "creator").text = "diplosum"
        ET.SubElement(meta, "description").text = "Who met whom: meeting events by party"
        graph = ET.SubElement(root, "graph", mode="static", defaultedgetype="undirected")
        for kind, names in (("node", ("meetings", "reports")), ("edge", ("held", "reports"))):
            attributes = ET.SubElement(graph, "attributes", {"class": kind})
            for number, name in enumerate(names):
                ET.SubElement(attributes, "attribute", id=str(number), title=name, type="integer")
        nodes = ET.SubElement(graph, "nodes")
        for code in sorted(self.labels):
            node = ET.SubElement(nodes, "node", id=code, label=self.labels[code])
            values = ET.SubElement(node, "attvalues")
            ET.SubElement(values, "attvalue", {"for": "0", "value": str(self.meetings[code])})
            ET.SubElement(values, "attvalue", {"for": "1", "value": str(self.reports[code])})
        edges = ET.SubElement(graph, "edges")
        for number, ((a, b), data) in enumerate(sorted(self.edges.items())):
            edge = ET.SubElement(
                edges, "edge", id=str(number), source=a, target=b, weight=str(data["weight"])
            )
            values = ET.SubElement(edge, "attvalues")
            ET.SubElement(values, "attvalue", {"for": "0", "value": str(data["held"])})
            ET.SubElement(values, "attvalue", {"for": "1", "value": str(data["reports"])})
        ET.indent(root)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)

    def write_graphml(self, path: Path) -> None:
        """GraphML, for tools that do not read GEXF."""
        root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
        keys = [
            ("label", "node", "string"),
            ("meetings", "node", "int"),
            ("reports", "node", "int"),
            ("weight", "edge", "int"),
            ("held", "edge", "int"),
            ("edge_reports", "edge", "int"),
        ]
        for name, scope, kind in keys:
            title = "reports" if name == "edge_reports" else name
            ET.SubElement(
                root, "key", {"id": name, "for": scope, "attr.name": title, "attr.type": kind}
            )
        graph = ET.SubElement(root, "graph", id="meetings", edgedefault="undirected")
        for code in sorted(self.labels):
            node = ET.SubElement(graph, "node", id=code)
            for key, value in (
                ("label", self.labels[code]),
                ("meetings", self.meetings[code]),
                ("reports", self.reports[code]),
            ):
                ET.SubElement(node, "data", key=key).text = str(value)
        for (a, b), data in sorted(self.edges.items()):
            edge = ET.SubElement(graph, "edge", source=a, target=b)
            for key, value in (
                ("weight", data["weight"]),
                ("held", data["held"]),
                ("edge_reports", data["reports"]),
            ):
                ET.SubElement(edge, "data", key=key).text = str(value)
        ET.indent(root)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)

    def write_csv(self, nodes: Path, edges: Path) -> None:
        with nodes.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["id", "label", "meetings", "reports"])
            for code in sorted(self.labels):
                writer.writerow([code, self.labels[code], self.meetings[code], self.reports[code]])
        with edges.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["source", "target", "weight", "held", "reports"])
            for (a, b), data in sorted(self.edges.items()):
                writer.writerow([a, b, data["weight"], data["held"], data["reports"]])


def meeting_network(events: list[Event]) -> Network:
    network = Network({}, {}, {}, {})
    articles: dict[str, set[str]] = {}
    edge_articles: dict[tuple[str, str], set[str]] = {}
    for event in events:
        if event.type != "meeting":
            continue
        codes = sorted(c for c in event.actors.get("participants", []) if not c.startswith("~"))
        for code in codes:
            network.labels.setdefault(code, event.names.get(code, code))
            network.meetings[code] = network.meetings.get(code, 0) + 1
            articles.setdefault(code, set()).update(event.articles)
        for pair in itertools.combinations(codes, 2):
            data = network.edges.setdefault(pair, {"weight": 0, "held": 0, "reports": 0})
            data["weight"] += 1
            data["held"] += event.status == "held"
            edge_articles.setdefault(pair, set()).update(event.articles)
    network.reports = {code: len(seen) for code, seen in articles.items()}
    for pair, seen in edge_articles.items():
        network.edges[pair]["reports"] = len(seen)
    return network


def layout(network: Network, codes: list[str], rounds: int = 150) -> dict[str, tuple[float, float]]:
    """Positions in the unit square for ``codes``: a force-directed layout (linked nodes
    attract, all repel), started from a circle in code order, so it is deterministic."""
    count = len(codes)
    if count == 0:
        return {}
    angle = 2 * math.pi / count
    x = [0.5 + 0.4 * math.cos(i * angle) for i in range(count)]
    y = [0.5 + 0.4 * math.sin(i * angle) for i in range(count)]
    index = {c: i for i, c in enumerate(codes)}
    links = [
        (index[a], index[b], d["weight"])
        for (a, b), d in network.edges.items()
        if a in index and b in index
    ]
    ideal = 1.3 / math.sqrt(count)
    step = 0.1
    for _ in range(rounds):
        dx, dy = [0.0] * count, [0.0] * count
        for i in range(count):
            for j in range(i + 1, count):
                ex, ey = x[i] - x[j], y[i] - y[j]
                distance = max(math.hypot(ex, ey), 1e-3)
                push = ideal * ideal / distance / distance
                dx[i] += ex * push
                dy[i] += ey * push
                dx[j] -= ex * push
                dy[j] -= ey * push
        for i, j, weight in links:
            ex, ey = x[i] - x[j], y[i] - y[j]
            pull = math.hypot(ex, ey) / ideal * min(weight, 5) ** 0.5
            dx[i] -= ex * pull
            dy[i] -= ey * pull
            dx[j] += ex * pull
            dy[j] += ey * pull
        for i in range(count):
            length = max(math.hypot(dx[i], dy[i]), 1e-9)
            x[i] += dx[i] / length * min(length, step)
            y[i] += dy[i] / length * min(length, step)
        step *= 0.97
    low_x, high_x, low_y, high_y = min(x), max(x), min(y), max(y)
    width, height = max(high_x - low_x, 1e-9), max(high_y - low_y, 1e-9)
    return {
        c: (round((x[i] - low_x) / width, 4), round((y[i] - low_y) / height, 4))
        for c, i in index.items()
    }
