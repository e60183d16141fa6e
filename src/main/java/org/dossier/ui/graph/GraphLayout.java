package org.dossier.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A force-directed layout (Fruchterman–Reingold) for boxes of known size, run to the end before anything is
 * drawn, so the picture never jitters: nodes repel, relations pull, the centre stays put; a last pass pushes
 * overlapping boxes apart so labels never cover each other. Deterministic: the same graph, the same picture.
 */
final class GraphLayout {

    /** A box to place: its size, and its ring (relations away from the centre) for the starting position. */
    record Box(String id, double width, double height, int ring) {
    }

    /** Where each box's centre goes. */
    record Position(double x, double y) {
    }

    private static final int ITERATIONS = 300;
    private static final double GAP = 18;
    private static final double LINKED_GAP = 70;

    private GraphLayout() {
    }

    static Map<String, Position> layout(List<Box> boxes, List<String[]> edges, String centre) {
        int n = boxes.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(boxes.get(i).id(), i);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        start(boxes, x, y);
        double k = 210; // the ideal edge length: room for a label between two boxes
        double temperature = 220;
        List<int[]> links = new ArrayList<>();
        for (String[] e : edges) {
            Integer a = index.get(e[0]);
            Integer b = index.get(e[1]);
            if (a != null && b != null && !a.equals(b)) {
                links.add(new int[] {a, b});
            }
        }
        int pinned = index.getOrDefault(centre, -1);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ddx = x[i] - x[j];
                    double ddy = y[i] - y[j];
                    double dist = Math.max(1, Math.hypot(ddx, ddy));
                    double force = k * k / dist;
                    dx[i] += ddx / dist * force;
                    dy[i] += ddy / dist * force;
                    dx[j] -= ddx / dist * force;
                    dy[j] -= ddy / dist * force;
                }
            }
            for (int[] l : links) {
                double ddx = x[l[0]] - x[l[1]];
                double ddy = y[l[0]] - y[l[1]];
                double dist = Math.max(1, Math.hypot(ddx, ddy));
                double force = dist * dist / k;
                dx[l[0]] -= ddx / dist * force;
                dy[l[0]] -= ddy / dist * force;
                dx[l[1]] += ddx / dist * force;
                dy[l[1]] += ddy / dist * force;
            }
            for (int i = 0; i < n; i++) {
                if (i == pinned) {
                    continue;
                }
                dx[i] -= x[i] * 0.02; // a little gravity keeps unconnected parts close
                dy[i] -= y[i] * 0.02;
                double d = Math.max(1e-9, Math.hypot(dx[i], dy[i]));
                x[i] += dx[i] / d * Math.min(d, temperature);
                y[i] += dy[i] / d * Math.min(d, temperature);
            }
            temperature *= 0.985;
        }
        removeOverlaps(boxes, x, y, pinned, links);
        Map<String, Position> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(boxes.get(i).id(), new Position(x[i], y[i]));
        }
        return out;
    }

    /** Rings around the centre, evenly spread, so the force layout starts from an untangled picture. */
    private static void start(List<Box> boxes, double[] x, double[] y) {
        Map<Integer, Integer> perRing = new HashMap<>();
        boxes.forEach(b -> perRing.merge(b.ring(), 1, Integer::sum));
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < boxes.size(); i++) {
            int ring = boxes.get(i).ring();
            int at = seen.merge(ring, 1, Integer::sum) - 1;
            double angle = 2 * Math.PI * at / perRing.get(ring) + ring * 0.5;
            x[i] = ring * 220 * Math.cos(angle);
            y[i] = ring * 160 * Math.sin(angle);
        }
    }

    /** Pushes apart boxes that overlap (with a small gap), along the shorter way out, until none do. */
    private static void removeOverlaps(List<Box> boxes, double[] x, double[] y, int pinned, List<int[]> links) {
        java.util.Set<Long> linked = new java.util.HashSet<>();
        for (int[] l : links) {
            linked.add((long) Math.min(l[0], l[1]) * boxes.size() + Math.max(l[0], l[1]));
        }
        for (int round = 0; round < 200; round++) {
            boolean moved = false;
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    // Boxes joined by a relation keep room between them for its label.
                    double gap = linked.contains((long) i * boxes.size() + j) ? LINKED_GAP : GAP;
                    double ox = (boxes.get(i).width() + boxes.get(j).width()) / 2 + gap - Math.abs(x[i] - x[j]);
                    double oy = (boxes.get(i).height() + boxes.get(j).height()) / 2 + gap - Math.abs(y[i] - y[j]);
                    if (ox <= 0 || oy <= 0) {
                        continue;
                    }
                    moved = true;
                    boolean alongX = ox < oy;
                    double push = (alongX ? ox : oy) / 2 + 0.5;
                    double sign = alongX ? Math.signum(x[i] - x[j]) : Math.signum(y[i] - y[j]);
                    if (sign == 0) {
                        sign = i < j ? -1 : 1;
                    }
                    double wi = i == pinned ? 0 : j == pinned ? 2 : 1;
                    double wj = j == pinned ? 0 : i == pinned ? 2 : 1;
                    if (alongX) {
                        x[i] += sign * push * wi;
                        x[j] -= sign * push * wj;
                    } else {
                        y[i] += sign * push * wi;
                        y[j] -= sign * push * wj;
                    }
                }
            }
            if (!moved) {
                return;
            }
        }
    }
}
