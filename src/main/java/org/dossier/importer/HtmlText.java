package org.dossier.importer;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element, as paragraphs: text runs on across inline elements ({@code <b>},
 * {@code <a>}), and every block element or {@code <br>} starts a new paragraph.
 */
final class HtmlText implements NodeVisitor {

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private HtmlText() {
    }

    static List<String> paragraphs(Element root) {
        HtmlText text = new HtmlText();
        NodeTraversor.traverse(text, root);
        text.breakParagraph();
        return text.paragraphs;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            current.append(t.getWholeText());
        } else if (breaks(node)) {
            breakParagraph();
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (breaks(node)) {
            breakParagraph();
        }
    }

    private static boolean breaks(Node node) {
        return node instanceof Element e && (e.isBlock() || e.normalName().equals("br"));
    }

    private void breakParagraph() {
        String p = Paragraphs.tidy(current.toString());
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }
}
