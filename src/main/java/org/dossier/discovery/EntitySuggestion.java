package org.dossier.discovery;

import java.util.List;
import java.util.Map;
import org.dossier.model.Evidence;
import org.dossier.model.ListedEntry;

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
 * @param examples   the first sentences it is seen in, one per article, a few at most
 * @param listed     the entry of an imported entity list it names (its summary and facts go with it when it is
 *                   accepted), or null when it is no list's
 */
public record EntitySuggestion(String name, String kind, List<String> variants, List<String> demonyms,
                               Map<String, String> attributes, int mentions, int articles, double confidence,
                               List<Evidence> examples, ListedEntry listed) {

    public EntitySuggestion {
        variants = List.copyOf(variants);
        demonyms = List.copyOf(demonyms);
        attributes = Map.copyOf(attributes);
        examples = List.copyOf(examples);
    }

    /** This suggestion with its example sentences. */
    public EntitySuggestion withExamples(List<Evidence> sentences) {
        return new EntitySuggestion(name, kind, variants, demonyms, attributes, mentions, articles, confidence,
                sentences, listed);
    }

    /** The list it comes from ("sanctions.csv"), or "" when it is no list's. */
    public String source() {
        return listed == null ? "" : listed.source();
    }

    /** The first sentence it is seen in, or null when it has none. */
    public Evidence example() {
        return examples.isEmpty() ? null : examples.get(0);
    }

    /**
     * This suggestion as a person edited it before accepting: another name, kind or set of variants. A gazetteer's
     * demonyms and attributes go with the name they belong to, so they are dropped when the name changes; a list's
     * entry stays (its summary and facts are about the thing, whatever it is called).
     */
    public EntitySuggestion edited(String newName, String newKind, List<String> newVariants) {
        boolean sameName = newName.equals(name);
        return new EntitySuggestion(newName, newKind, newVariants, sameName ? demonyms : List.of(),
                sameName ? attributes : Map.of(), mentions, articles, confidence, examples, listed);
    }

    /** Every form that names it: the name, then its variants. */
    public List<String> forms() {
        List<String> all = new java.util.ArrayList<>(variants.size() + 1);
        all.add(name);
        all.addAll(variants);
        return all;
    }
}
