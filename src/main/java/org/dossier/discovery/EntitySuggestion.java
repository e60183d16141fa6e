package org.dossier.discovery;

import java.util.List;
import java.util.Map;
import org.dossier.model.Evidence;

/**
 * A name the store's articles use that is no entity yet, with its variants grouped under one canonical name, a
 * guessed kind and how sure the guess is. Offered to a person to accept or reject, never added by itself.
 *
 * @param name       the canonical name: the reference name when the gazetteer knows it, else the fullest form
 * @param kind       "person", "country", "city", "organization", "agreement", "event", or "other"
 * @param variants   the other forms it takes in the articles (surname, "President X", acronym…), most used first
 * @param demonyms   a country's demonyms from the gazetteer (empty for others)
 * @param attributes facts from the gazetteer ({@code iso3166} of a country)
 * @param mentions   how often it occurs, all variants together
 * @param articles   in how many articles
 * @param confidence how likely the name is a real name of this kind, from 0 to 1
 * @param example    the sentence it is first seen in
 */
public record EntitySuggestion(String name, String kind, List<String> variants, List<String> demonyms,
                               Map<String, String> attributes, int mentions, int articles, double confidence,
                               Evidence example) {

    public EntitySuggestion {
        variants = List.copyOf(variants);
        demonyms = List.copyOf(demonyms);
        attributes = Map.copyOf(attributes);
    }

    /** This suggestion with its example sentence. */
    public EntitySuggestion withExample(Evidence sentence) {
        return new EntitySuggestion(name, kind, variants, demonyms, attributes, mentions, articles, confidence, sentence);
    }

    /** Every form that names it: the name, then its variants. */
    public List<String> forms() {
        List<String> all = new java.util.ArrayList<>(variants.size() + 1);
        all.add(name);
        all.addAll(variants);
        return all;
    }
}
