package org.dossier.exchange.ftm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The ids of the exported FtM entities. As FtM's own tools make them ({@code make_id}), an id is the SHA-1 of its
 * parts, in hexadecimal: here a namespace ("dossier"), what the entity is ("entity", "article", "relation"…) and the
 * store ids it comes from. So the same store always gives the same ids, an entity keeps its id however the store
 * around it changes, and no FtM id can be mistaken for another kind's. Store ids are unique per file, so these are.
 */
public final class FtmIds {

    static final String NAMESPACE = "dossier";
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(FtmIds::sha1);

    private FtmIds() {
    }

    public static String entity(String entityId) {
        return of("entity", entityId);
    }

    public static String article(String articleId) {
        return of("article", articleId);
    }

    public static String relation(String relationId) {
        return of("relation", relationId);
    }

    /** The post a role relation leads to: "President of Ukraine" is one post, whoever holds it. */
    public static String position(String relationType, String objectId) {
        return of("position", relationType, objectId);
    }

    /** One Mention per article, entity and words: FtM's Mention has no place in the text. */
    public static String mention(String articleId, String entityId, String words) {
        return of("mention", articleId, entityId, words);
    }

    /** The link from an article to an entity that a Mention cannot resolve (an event, an agreement, a place). */
    public static String mentionLink(String articleId, String entityId) {
        return of("mentions", articleId, entityId);
    }

    private static String of(String... parts) {
        MessageDigest digest = SHA1.get();
        digest.reset();
        digest.update(NAMESPACE.getBytes(StandardCharsets.UTF_8));
        for (String part : parts) {
            digest.update((byte) 0); // a separator no id holds, so ("ab", "c") and ("a", "bc") differ
            digest.update(part.getBytes(StandardCharsets.UTF_8));
        }
        byte[] hash = digest.digest();
        char[] hex = new char[hash.length * 2];
        for (int i = 0; i < hash.length; i++) {
            hex[2 * i] = HEX[(hash[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[hash[i] & 0xf];
        }
        return new String(hex);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }
}
