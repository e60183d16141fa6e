package org.dossier.importer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Article;

/**
 * Tells whether an article is already in the store (or earlier in the same import): the same link, or the same
 * title and the same text. White space and the case of the link's host do not count as differences.
 */
final class Duplicates {

    private final Map<String, String> byLink = new HashMap<>();
    /**
     * Articles by their tidied title. Only an article whose title matches has its text compared, so importing
     * into a large store whose bodies stay in their files reads just those few.
     */
    private final Map<String, List<Article>> byTitle = new HashMap<>();
    private final Map<Article, String> contentKeys = new java.util.IdentityHashMap<>();

    Duplicates(List<Article> existing) {
        existing.forEach(this::add);
    }

    void add(Article a) {
        String link = linkKey(a.link());
        if (link != null) {
            byLink.putIfAbsent(link, a.id());
        }
        byTitle.computeIfAbsent(Paragraphs.tidy(a.title()), k -> new java.util.ArrayList<>(1)).add(a);
    }

    /** The id of an article with the same title and text, or null. */
    private String sameContent(String title, List<String> paragraphs) {
        List<Article> sameTitle = byTitle.getOrDefault(Paragraphs.tidy(title), List.of());
        if (sameTitle.isEmpty()) {
            return null;
        }
        String key = contentKey(title, paragraphs);
        for (Article a : sameTitle) {
            if (contentKeys.computeIfAbsent(a, x -> contentKey(x.title(), x.paragraphs())).equals(key)) {
                return a.id();
            }
        }
        return null;
    }

    /** The article {@code a} duplicates and why, or null when it is new. */
    SkippedDuplicate check(ImportedArticle a) {
        String link = linkKey(a.link());
        if (link != null && byLink.containsKey(link)) {
            String id = byLink.get(link);
            return new SkippedDuplicate(a.origin(), a.title(), id, "the same link as article '" + id + "'");
        }
        String id = sameContent(a.title(), a.paragraphs());
        return id == null ? null
                : new SkippedDuplicate(a.origin(), a.title(), id, "the same title and text as article '" + id + "'");
    }

    /** The link without its fragment or trailing '/', with scheme and host in lower case; null for none. */
    static String linkKey(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip();
        int hash = l.indexOf('#');
        if (hash >= 0) {
            l = l.substring(0, hash);
        }
        while (l.endsWith("/")) {
            l = l.substring(0, l.length() - 1);
        }
        try {
            URI uri = URI.create(l);
            if (uri.getScheme() != null && uri.getRawAuthority() != null) {
                String prefix = uri.getScheme() + "://" + uri.getRawAuthority();
                return prefix.toLowerCase(Locale.ROOT) + l.substring(prefix.length());
            }
        } catch (IllegalArgumentException e) {
            // Not a URI: compared as written.
        }
        return l;
    }

    /**
     * The title and text with paragraph breaks as spaces, so the same article split differently by two formats
     * is still the same; a digest, so that a store of thousands of articles does not hold its text twice.
     */
    private static String contentKey(String title, List<String> paragraphs) {
        String text = Paragraphs.tidy(title) + "\n" + Paragraphs.tidy(String.join(" ", paragraphs));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
