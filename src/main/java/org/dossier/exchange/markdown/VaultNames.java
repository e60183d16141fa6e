package org.dossier.exchange.markdown;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for the notes of a vault that are valid on Windows, macOS and Linux alike, and unique in the vault as
 * those systems compare names. A name loses what any of them refuses or what would break a wikilink: {@code < > : "
 * / \ | ? *}, control characters, and Obsidian's {@code # ^ [ ]}; leading dots (a hidden file), leading and trailing
 * spaces and trailing dots (Windows drops them) go; Windows' device names ({@code CON}, {@code NUL}, {@code COM1}…,
 * whatever follows a dot) get an underscore; a name is cut at {@value #MAX_CHARS} characters. Names are compared in
 * Unicode's composed form and ignoring case (macOS and Windows do both), and a name already given gets " (2)",
 * " (3)"…, so two notes can never land in one file. A name can hold no separator, so no note leaves its folder.
 */
final class VaultNames {

    /** Short enough that a vault path stays well under Windows' 260 characters. */
    static final int MAX_CHARS = 100;
    private static final Pattern REFUSED = Pattern.compile("[<>:\"/\\\\|?*#^\\[\\]\\p{Cntrl}\\u2028\\u2029]+");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])");

    private final Set<String> taken = new HashSet<>();

    /** A new unique name for a note called {@code wanted}, without the ".md". */
    String unique(String wanted) {
        String base = valid(wanted);
        String name = base;
        for (int n = 2; !taken.add(key(name)); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    /** The name made valid, not yet unique. */
    static String valid(String wanted) {
        String name = Normalizer.normalize(wanted, Normalizer.Form.NFC);
        name = REFUSED.matcher(name).replaceAll(" ").replaceAll("\\s+", " ");
        name = name.replaceAll("^[\\s.]+", "");
        if (name.length() > MAX_CHARS) {
            int cut = Character.isHighSurrogate(name.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            name = name.substring(0, cut);
        }
        name = name.replaceAll("[\\s.]+$", "");
        if (name.isEmpty()) {
            return "Untitled";
        }
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).strip();
        return DEVICE.matcher(stem).matches() ? stem + "_" + (dot < 0 ? "" : name.substring(dot)) : name;
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
