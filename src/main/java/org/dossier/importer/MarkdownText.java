package org.dossier.importer;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jsoup.Jsoup;

/**
 * The words of a parsed Markdown document, as its reader reads them: one block per paragraph, heading, list item,
 * quoted paragraph or code block, blocks separated by a blank line and the lines of a block by a line break (so that
 * {@link Paragraphs#ofText} makes the article's paragraphs of it, and a text without a heading has a first line).
 * Links keep their words (the parser has resolved reference links and escapes already); images and link reference
 * definitions have none; an HTML block gives the text a browser would show (scripts, styles and comments dropped),
 * inline HTML tags give nothing but the words between them stay.
 */
final class MarkdownText extends AbstractVisitor {

    private final StringBuilder text = new StringBuilder();
    /** The number the next item of the ordered list being read gets, or null in a bullet list. */
    private Integer nextNumber;
    private String delimiter = ".";

    private MarkdownText() {
    }

    static String of(Node document) {
        MarkdownText words = new MarkdownText();
        document.accept(words);
        return words.text.toString();
    }

    /** The words of a block's inline content alone (a heading's, for the title). */
    static String inline(Node block) {
        MarkdownText words = new MarkdownText();
        words.visitChildren(block);
        return words.text.toString();
    }

    /** Ends the block being written with a blank line, unless it is empty or ended already. */
    private void endBlock() {
        int length = text.length();
        if (length == 0 || length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n') {
            return;
        }
        text.append(text.charAt(length - 1) == '\n' ? "\n" : "\n\n");
    }

    @Override
    public void visit(Document document) {
        visitChildren(document);
    }

    @Override
    public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        endBlock();
    }

    @Override
    public void visit(Heading heading) {
        visitChildren(heading);
        endBlock();
    }

    @Override
    public void visit(BlockQuote quote) {
        visitChildren(quote);
    }

    @Override
    public void visit(BulletList list) {
        Integer outer = nextNumber;
        nextNumber = null;
        visitChildren(list);
        nextNumber = outer;
    }

    @Override
    public void visit(OrderedList list) {
        Integer outer = nextNumber;
        String outerDelimiter = delimiter;
        nextNumber = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
        delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
        visitChildren(list);
        nextNumber = outer;
        delimiter = outerDelimiter;
    }

    @Override
    public void visit(ListItem item) {
        endBlock();
        if (nextNumber != null) {
            text.append(nextNumber).append(delimiter).append(' ');
            nextNumber++;
        }
        visitChildren(item);
        endBlock();
    }

    @Override
    public void visit(FencedCodeBlock code) {
        literalBlock(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        literalBlock(code.getLiteral());
    }

    private void literalBlock(String literal) {
        text.append(literal.strip());
        endBlock();
    }

    @Override
    public void visit(HtmlBlock html) {
        var body = Jsoup.parseBodyFragment(html.getLiteral()).body();
        body.select("script, style, noscript, template").remove();
        for (String paragraph : HtmlText.paragraphs(body)) {
            text.append(paragraph);
            endBlock();
        }
    }

    @Override
    public void visit(HtmlInline html) {
        if (html.getLiteral().matches("(?i)<br\\s*/?>")) {
            text.append('\n');
        }
    }

    @Override
    public void visit(Image image) {
        // A reader sees a picture here, not words.
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        // Not shown: it only gives the address of the reference links that use it.
    }

    @Override
    public void visit(ThematicBreak rule) {
        endBlock();
    }

    @Override
    public void visit(Text words) {
        text.append(words.getLiteral());
    }

    @Override
    public void visit(Code code) {
        text.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        text.append('\n');
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        text.append('\n');
    }
}
