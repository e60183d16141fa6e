package org.dossier.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dossier.ui.style.Css;

/** Turns the engine's snippet ("… the <b>exports</b> of …", with &lt; &gt; &amp; escaped) into styled text. */
final class SnippetText {

    private SnippetText() {
    }

    static TextFlow of(String snippet) {
        List<Text> parts = new ArrayList<>();
        String rest = snippet == null ? "" : snippet;
        while (!rest.isEmpty()) {
            int open = rest.indexOf("<b>");
            int close = open < 0 ? -1 : rest.indexOf("</b>", open);
            if (open < 0 || close < 0) {
                parts.add(text(rest, false));
                break;
            }
            if (open > 0) {
                parts.add(text(rest.substring(0, open), false));
            }
            parts.add(text(rest.substring(open + 3, close), true));
            rest = rest.substring(close + 4);
        }
        TextFlow flow = new TextFlow(parts.toArray(new Text[0]));
        flow.getStyleClass().add(Css.SNIPPET);
        return flow;
    }

    private static Text text(String escaped, boolean hit) {
        Text t = new Text(unescape(escaped));
        t.getStyleClass().add(hit ? Css.SNIPPET_HIT : Css.SNIPPET_TEXT);
        return t;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
