package org.dossier.importer;

import java.net.URI;
import java.nio.file.Path;

/** The {@code source} of an imported article: the host of its link ("www.president.gov.ua"), else the file name. */
final class Sources {

    private Sources() {
    }

    static String of(String link, Path file) {
        String host = host(link);
        return host != null ? host : file.getFileName().toString();
    }

    /** The link's host, or null when there is no link or it has no host. */
    static String host(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(link.strip()).getHost();
            return host == null || host.isBlank() ? null : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A link, or null for a blank one. */
    static String link(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
