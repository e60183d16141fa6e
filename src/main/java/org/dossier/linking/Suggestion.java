package org.dossier.linking;

import org.dossier.model.Evidence;

/**
 * A name in the articles that may be an entity the store does not have yet ("Dmytro Kuleba", "European
 * Council"). Offered to a person to accept or ignore, never added by itself.
 *
 * @param name     the name as written, without a title ("Kuleba" from "Minister Kuleba") or possessive ending
 * @param kindHint "person" when it followed a title, "organization" when it ends like one ("… Council"), else ""
 * @param count    how often it occurs across the store
 * @param articles in how many articles
 * @param example  the first sentence it occurs in (the span is the whole sentence)
 */
public record Suggestion(String name, String kindHint, int count, int articles, Evidence example) {
}
