package org.hearth.partnership.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.PartnershipGroup;

/**
 * The groups' reporting lines laid out as a tree for a server-rendered SVG: each group below the group it reports to,
 * a parent centred over its children, the top groups side by side. The same tree feeds the nested list that is the
 * diagram's text alternative.
 */
record ReportingLines(List<Node> roots, List<Node> nodes, List<Line> lines, int width, int height) {

    static final int NODE_WIDTH = 250;
    static final int NODE_HEIGHT = 70;
    static final int GAP_X = 20;
    static final int GAP_Y = 50;
    static final int MARGIN = 10;
    static final int LINE_CHARS = 26;

    public int nodeWidth() {
        return NODE_WIDTH;
    }

    /** A group in the tree, with where its box goes and its name broken into lines. */
    record Node(String id, String name, String kind, boolean active, List<Node> children, int x, int y,
            List<String> nameLines) {

        int centre() {
            return x + NODE_WIDTH / 2;
        }

        public int textX() {
            return centre();
        }

        public int kindY() {
            return y + NODE_HEIGHT - 10;
        }

        public int lineY(int i) {
            return y + 20 + 17 * i;
        }
    }

    /** A reporting line from a group's box up to its parent's. */
    record Line(int x1, int y1, int x2, int y2) {
    }

    static ReportingLines of(List<PartnershipGroup> groups) {
        Map<GroupId, PartnershipGroup> byId = new HashMap<>();
        groups.forEach(g -> byId.put(g.id(), g));
        Map<GroupId, List<PartnershipGroup>> children = new HashMap<>();
        List<PartnershipGroup> tops = new ArrayList<>();
        for (PartnershipGroup g : groups) {
            if (g.parent() == null || !byId.containsKey(g.parent())) {
                tops.add(g);
            } else {
                children.computeIfAbsent(g.parent(), k -> new ArrayList<>()).add(g);
            }
        }
        Comparator<PartnershipGroup> order = Comparator.comparing((PartnershipGroup g) -> !g.active())
                .thenComparing(PartnershipGroup::kind).thenComparing(g -> g.name().toLowerCase(java.util.Locale.UK));
        tops.sort(order);
        children.values().forEach(list -> list.sort(order));
        Layout layout = new Layout(children, order);
        List<Node> roots = new ArrayList<>();
        for (PartnershipGroup top : tops) {
            roots.add(layout.place(top, 0, new HashSet<>()));
        }
        int width = Math.max(1, layout.slots) * (NODE_WIDTH + GAP_X) - GAP_X + 2 * MARGIN;
        int height = (layout.depth + 1) * (NODE_HEIGHT + GAP_Y) - GAP_Y + 2 * MARGIN;
        return new ReportingLines(roots, layout.nodes, layout.lines, width, height);
    }

    private static final class Layout {
        final Map<GroupId, List<PartnershipGroup>> children;
        final Comparator<PartnershipGroup> order;
        final List<Node> nodes = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();
        int slots;
        int depth;

        Layout(Map<GroupId, List<PartnershipGroup>> children, Comparator<PartnershipGroup> order) {
            this.children = children;
            this.order = order;
        }

        Node place(PartnershipGroup g, int level, Set<GroupId> seen) {
            seen.add(g.id());
            depth = Math.max(depth, level);
            int y = MARGIN + level * (NODE_HEIGHT + GAP_Y);
            List<Node> below = new ArrayList<>();
            for (PartnershipGroup child : children.getOrDefault(g.id(), List.of())) {
                if (!seen.contains(child.id())) {
                    below.add(place(child, level + 1, seen));
                }
            }
            int x;
            if (below.isEmpty()) {
                x = MARGIN + slots * (NODE_WIDTH + GAP_X);
                slots++;
            } else {
                x = (below.get(0).x() + below.get(below.size() - 1).x()) / 2;
            }
            Node node = new Node(g.id().toString(), g.name(), g.kind().label() + (g.active() ? "" : " (closed)"),
                    g.active(), List.copyOf(below), x, y, wrap(g.name()));
            for (Node child : below) {
                lines.add(new Line(child.centre(), child.y(), node.centre(), y + NODE_HEIGHT));
            }
            nodes.add(node);
            return node;
        }
    }

    /** The name in at most two lines of about {@value #LINE_CHARS} characters, cut short with an ellipsis. */
    static List<String> wrap(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            String l = lines.get(i);
            boolean last = i == 1 && lines.size() > 2;
            if (l.length() > LINE_CHARS || last) {
                l = l.substring(0, Math.min(l.length(), LINE_CHARS - 1)) + "…";
            }
            out.add(l);
        }
        return out;
    }
}
