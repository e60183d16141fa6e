package org.dossier.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random file to import: random bytes, random text, or something shaped like a CSV table, an HTML page, a
 * Markdown note, a JSON article or a text file, with the usual mistakes (unclosed quotes and tags, missing and
 * extra columns, bad dates, control characters, titles like paths). For the property that no import breaks a store.
 *
 * @param name  the file's name, whose extension picks its reader
 * @param bytes its content
 */
public record ImportFile(String name, byte[] bytes) {

    private static final List<String> WORDS = List.of("Denmark", "Ukraine", "Danish", "the deal", "signed",
            "production", "agreement", "Ukraine's", "Зеленський", "R&D", "<b>", "&amp;", "\"", ",", "''", "\\",
            "../../x", "🇺🇦", "Mr.", "U.S.", "—", "e\u0301", "Production agreement", "NATO", "minister");
    /** Now and then, in one sentence of eight: characters a text file should not hold. */
    private static final List<String> ODD = List.of("NUL\u0000", "\u001b[31m", "\u202e", "\t", "\ufeff", "\u0085",
            "\r", "\ud800");
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".csv", ".json", ".htm", ".TXT",
            ".markdown", "");
    private static final List<String> DATES = List.of("2022-02-24", "2022-02-24T23:30:00Z", "2022", "2022-13-01",
            "24/02/2022", "", "yesterday", "99999-01-01", "--06-21", "2022-02-30");

    public static ImportFile next(SplittableRandom random) {
        int shape = random.nextInt(9);
        String extension = switch (shape) {
            case 2 -> ".csv";
            case 3 -> ".html";
            case 4 -> ".md";
            case 5 -> ".json";
            case 6 -> ".txt";
            default -> EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
        };
        String name = "in" + random.nextInt(1000) + extension;
        return switch (shape) {
            case 0 -> new ImportFile(name, randomBytes(random));
            case 1 -> text(name, anyText(random, random.nextInt(400)));
            case 2 -> text(name, csv(random));
            case 3 -> text(name, html(random));
            case 4 -> text(name, markdown(random));
            case 5 -> text(name, json(random));
            default -> text(name, sentence(random) + "\n\n" + sentence(random) + "\n" + sentence(random));
        };
    }

    private static ImportFile text(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(600)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String anyText(SplittableRandom random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return s.toString();
    }

    private static String sentence(SplittableRandom random) {
        boolean odd = random.nextInt(8) == 0;
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(25); i < n; i++) {
            List<String> from = odd && random.nextInt(4) == 0 ? ODD : WORDS;
            s.append(from.get(random.nextInt(from.size()))).append(random.nextInt(6) == 0 ? ". " : " ");
        }
        return s.toString();
    }

    private static String csv(SplittableRandom random) {
        List<String> headers = List.of("title,body", "headline,text,date,link", "title,body,date", "title,date", "body",
                "TITLE,Body,Source", "title,body,title", "", "\"title\",\"body\"", "title,body");
        StringBuilder csv = new StringBuilder(headers.get(random.nextInt(headers.size()))).append('\n');
        for (int row = 0, rows = random.nextInt(8); row < rows; row++) {
            for (int cell = 0, cells = random.nextInt(4) == 0 ? random.nextInt(5) : 2; cell < cells; cell++) {
                String value = random.nextInt(4) == 0 ? DATES.get(random.nextInt(DATES.size())) : sentence(random);
                csv.append(cell > 0 ? "," : "").append(random.nextBoolean()
                        ? "\"" + value.replace("\"", "\"\"") + (random.nextInt(20) == 0 ? "" : "\"")
                        : value.replace("\"", "").replace(",", ""));
            }
            csv.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        return csv.toString();
    }

    private static String html(SplittableRandom random) {
        List<String> tags = List.of("<p>", "</p>", "<h1>", "</h1>", "<title>", "</title>", "<script>alert(1)</script>",
                "<div>", "</div>", "<br>", "<meta charset=\"windows-1251\">", "<meta property=\"article:published_time\""
                + " content=\"" + DATES.get(random.nextInt(DATES.size())) + "\">", "<nav>menu</nav>", "<!--", "-->",
                "&#0;", "&#x202e;", "<style>p{}</style>", "<a href=\"javascript:x\">", "</a>", "<<>>");
        StringBuilder html = new StringBuilder(random.nextBoolean() ? "<!DOCTYPE html><html><body>" : "");
        for (int i = 0, n = random.nextInt(30); i < n; i++) {
            html.append(random.nextBoolean() ? tags.get(random.nextInt(tags.size())) : sentence(random));
        }
        return html.toString();
    }

    private static String markdown(SplittableRandom random) {
        List<String> starts = List.of("# ", "## ", "- ", "* ", "1. ", "> ", "```\n", "    ", "", "---\n", "| a | b |\n");
        StringBuilder md = new StringBuilder();
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            md.append(starts.get(random.nextInt(starts.size()))).append(sentence(random))
                    .append(random.nextBoolean() ? " [link](http://x) **bold** _it_ `code`" : "")
                    .append(random.nextBoolean() ? "\n\n" : "\n");
        }
        return md.toString();
    }

    private static String json(SplittableRandom random) {
        String article = "{\"title\": " + jsonValue(random, quoted(sentence(random))) + ", \"paragraphs\": "
                + jsonValue(random, "[" + quoted(sentence(random)) + ", " + quoted(sentence(random)) + "]")
                + ", \"date\": " + quoted(DATES.get(random.nextInt(DATES.size())))
                + ", \"id\": \"../../x\", \"mentions\": [{\"entity\": \"nobody\"}]}";
        return switch (random.nextInt(4)) {
            case 0 -> article;
            case 1 -> "[" + article + ", " + article + ", 3, null]";
            case 2 -> article.substring(0, random.nextInt(article.length()));
            default -> "[]";
        };
    }

    /** The text as a JSON string, escaped as JSON requires. */
    private static String quoted(String text) {
        return new com.google.gson.JsonPrimitive(text).toString();
    }

    private static String jsonValue(SplittableRandom random, String usual) {
        String[] odd = {"null", "42", "[]", "{}", "\"\"", "true"};
        return random.nextInt(5) == 0 ? odd[random.nextInt(odd.length)] : usual;
    }

    @Override
    public String toString() {
        return name + ": " + new String(bytes, StandardCharsets.UTF_8);
    }
}
