package org.dossier.store;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One random way a valid store file can be damaged by hand or by accident: bytes flipped, the file cut short, a
 * key given twice, a value replaced by another JSON type, a number too large, nesting too deep, text or bytes
 * that are not UTF-8 put in, a piece cut out, the file emptied. For the property that a damaged store is always
 * reported, never crashes and is never written to.
 *
 * @param file  the store file damaged, relative to the store folder
 * @param how   what was done, for the failure message
 * @param bytes the file's new content
 */
public record StoreDamage(String file, String how, byte[] bytes) {

    /** The valid test store's files, by name. */
    public static final Map<String, String> FILES = Map.of(TestStore.STORE, TestStore.STORE_JSON,
            TestStore.ENTITIES, TestStore.ENTITIES_JSON, TestStore.RELATIONS, TestStore.RELATIONS_JSON,
            TestStore.A1, TestStore.A1_JSON, TestStore.A2, TestStore.A2_JSON);
    private static final List<String> NAMES = FILES.keySet().stream().sorted().toList();
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z]+)\": ");
    private static final Pattern NUMBER = Pattern.compile("(?<=: )-?\\d+(\\.\\d+)?");
    private static final String[] HUGE = {"4294967297", "2147483648", "9007199254740993", "1e400", "-1e400", "-1",
        "1.5", "-0", "1E2", "99999999999999999999999999999999999999", "0.0000000000000000000001"};
    private static final byte[][] NOT_UTF8 = {{(byte) 0xff}, {(byte) 0xc3, 0x28}, {(byte) 0xe2, (byte) 0x82},
        {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {0}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}};

    /** A damaged copy of one of the test store's files. */
    public static StoreDamage next(SplittableRandom random) {
        String file = NAMES.get(random.nextInt(NAMES.size()));
        String text = FILES.get(file);
        return switch (random.nextInt(10)) {
            case 0 -> flipped(file, text, random);
            case 1 -> {
                int at = random.nextInt(text.length());
                yield of(file, "cut short at " + at, text.substring(0, at));
            }
            case 2 -> keyTwice(file, text, random);
            case 3 -> otherType(file, text, random);
            case 4 -> hugeNumber(file, text, random);
            case 5 -> deep(file, text, random);
            case 6 -> notUtf8(file, text, random);
            case 7 -> {
                int from = random.nextInt(text.length());
                int to = Math.min(text.length(), from + 1 + random.nextInt(40));
                yield of(file, "characters " + from + " to " + to + " cut out", text.substring(0, from) + text.substring(to));
            }
            case 8 -> {
                String[] odd = {"", " ", "null", "[]", "{}", "\"text\"", "0", "{\"a\": 1} {\"b\": 2}", TestStore.A2_JSON};
                String content = odd[random.nextInt(odd.length)];
                yield of(file, "replaced by '" + content.strip() + "'", content);
            }
            default -> inserted(file, text, random);
        };
    }

    private static StoreDamage of(String file, String how, String text) {
        return new StoreDamage(file, how, text.getBytes(StandardCharsets.UTF_8));
    }

    private static StoreDamage flipped(String file, String text, SplittableRandom random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Integer> at = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            int where = random.nextInt(bytes.length);
            bytes[where] ^= (byte) (1 + random.nextInt(255));
            at.add(where);
        }
        return new StoreDamage(file, "bytes flipped at " + at, bytes);
    }

    private static StoreDamage keyTwice(String file, String text, SplittableRandom random) {
        List<Integer> keys = new ArrayList<>();
        Matcher m = KEY.matcher(text);
        while (m.find()) {
            keys.add(m.start());
        }
        int at = keys.get(random.nextInt(keys.size()));
        Matcher key = KEY.matcher(text);
        key.find(at);
        String value = random.nextBoolean() ? "\"again\"" : Integer.toString(random.nextInt(100));
        return of(file, "'" + key.group(1) + "' given twice at " + at,
                text.substring(0, at) + key.group() + value + ", " + text.substring(at));
    }

    private static StoreDamage otherType(String file, String text, SplittableRandom random) {
        JsonElement root = JsonParser.parseString(text);
        String path = replaceSomewhere(root, random, "$");
        return of(file, "the value at " + path + " replaced by another type",
                new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root));
    }

    /** Replaces one value somewhere below {@code e} by a value of a random type; returns its path. */
    private static String replaceSomewhere(JsonElement e, SplittableRandom random, String path) {
        if (e.isJsonObject() && !e.getAsJsonObject().isEmpty()) {
            JsonObject o = e.getAsJsonObject();
            String key = new ArrayList<>(o.keySet()).get(random.nextInt(o.size()));
            if (random.nextInt(3) == 0) {
                o.add(key, randomValue(random));
                return path + "." + key;
            }
            return replaceSomewhere(o.get(key), random, path + "." + key);
        }
        if (e.isJsonArray() && !e.getAsJsonArray().isEmpty()) {
            JsonArray a = e.getAsJsonArray();
            int i = random.nextInt(a.size());
            if (random.nextInt(3) == 0) {
                a.set(i, randomValue(random));
                return path + "[" + i + "]";
            }
            return replaceSomewhere(a.get(i), random, path + "[" + i + "]");
        }
        return path + " (kept: a leaf)";
    }

    private static JsonElement randomValue(SplittableRandom random) {
        return switch (random.nextInt(7)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(random.nextBoolean());
            case 2 -> new JsonPrimitive(random.nextInt(-5, 100));
            case 3 -> new JsonPrimitive("");
            case 4 -> new JsonPrimitive("x\u0000\u202e\n" + random.nextInt(100));
            case 5 -> new JsonArray();
            default -> new JsonObject();
        };
    }

    private static StoreDamage hugeNumber(String file, String text, SplittableRandom random) {
        List<int[]> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(new int[] {m.start(), m.end()});
        }
        if (numbers.isEmpty()) {
            return deep(file, text, random);
        }
        int[] at = numbers.get(random.nextInt(numbers.size()));
        String huge = HUGE[random.nextInt(HUGE.length)];
        return of(file, "a number replaced by " + huge, text.substring(0, at[0]) + huge + text.substring(at[1]));
    }

    private static StoreDamage deep(String file, String text, SplittableRandom random) {
        int depth = new int[] {3, 40, 300, 5_000}[random.nextInt(4)];
        int at = text.indexOf(": ", random.nextInt(text.length() / 2)) + 2;
        int end = at;
        while (end < text.length() && ",}\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return of(file, "a value nested in " + depth + " lists", text.substring(0, at) + "[".repeat(depth)
                + text.substring(at, end) + "]".repeat(depth) + text.substring(end));
    }

    private static StoreDamage notUtf8(String file, String text, SplittableRandom random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] bad = NOT_UTF8[random.nextInt(NOT_UTF8.length)];
        int at = random.nextInt(bytes.length);
        byte[] out = new byte[bytes.length + bad.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(bytes, at, out, at + bad.length, bytes.length - at);
        return new StoreDamage(file, bad.length + " bytes that are not UTF-8 text put in at " + at, out);
    }

    private static StoreDamage inserted(String file, String text, SplittableRandom random) {
        String[] pieces = {",", "}", "]", "{", "\"", ":", "\\", "\u0000", "\u001b[31m", "\ud800", "//", "/*", "'",
            "\n", "\uFEFF", "NaN", "true", "\u202e"};
        String piece = pieces[random.nextInt(pieces.length)];
        int at = random.nextInt(text.length() + 1);
        return of(file, "'" + piece + "' put in at " + at, text.substring(0, at) + piece + text.substring(at));
    }

    @Override
    public String toString() {
        return file + ": " + how + ": " + new String(bytes, StandardCharsets.UTF_8);
    }
}
