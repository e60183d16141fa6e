package org.dossier.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A .html file: one article, its readable text only. Scripts, styles, forms and page furniture (navigation,
 * header, footer, asides) are dropped with the markup; each block element (paragraph, heading, list item,
 * quote, table cell) becomes a paragraph. The title is the page's {@code <title>}, else its first {@code <h1>};
 * the date and link come from the usual meta tags.
 */
final class HtmlReader implements FormatReader {

    /** Elements that hold no readable text of the article. */
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, select, nav, header, footer, aside, head";
    private static final List<String> DATE_META = List.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
            "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=DC.date.issued]", "meta[name=dc.date]",
            "meta[property=og:published_time]");

    @Override
    public ReadResult read(Path file) throws ImportException {
        Document doc = parse(TextFiles.bytes(file), file);
        String title = title(doc, file);
        String link = link(doc);
        PartialDate date = date(doc);
        String unreadableDate = date == null ? firstDateMeta(doc) : null;
        Element body = doc.body();
        body.select(NOT_TEXT).remove();
        List<String> paragraphs = new java.util.ArrayList<>(HtmlText.paragraphs(body));
        if (!paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
            paragraphs.remove(0);
        }
        return ReadResult.of(new ImportedArticle(title, Sources.of(link, file), link, date, paragraphs, file.toString(),
                unreadableDate, false));
    }

    /**
     * Decoded as the page says (a byte-order mark or a {@code <meta charset>}); a page that says nothing must be
     * UTF-8, which is checked rather than assumed, so that wrong letters are never imported silently.
     */
    private static Document parse(byte[] bytes, Path file) throws ImportException {
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            if (doc.charset().equals(StandardCharsets.UTF_8)) {
                return Jsoup.parse(TextFiles.decodeUtf8(bytes, file.toString()));
            }
            return doc;
        } catch (IOException e) {
            throw new ImportException(file.toString(), "the page cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String title(Document doc, Path file) {
        String title = Paragraphs.tidy(doc.title());
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : Paragraphs.tidy(h1.text());
        }
        return title.isEmpty() ? TextFiles.titleFromName(file) : title;
    }

    private static String link(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            return Sources.link(canonical.attr("href"));
        }
        Element og = doc.selectFirst("meta[property=og:url][content]");
        return og == null ? null : Sources.link(og.attr("content"));
    }

    /** The first date a meta tag gives, as written (none of them could be read), or null when none gives one. */
    private static String firstDateMeta(Document doc) {
        for (String query : DATE_META) {
            Element meta = doc.selectFirst(query);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    private static PartialDate date(Document doc) {
        for (String query : DATE_META) {
            Element meta = doc.selectFirst(query);
            if (meta != null) {
                PartialDate date = Dates.parse(meta.attr("content"));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }
}
