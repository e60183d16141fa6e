package org.dossier.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.linking.SurfaceForm.Strength;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;

/**
 * Every form of every entity, each with what it proves by itself ({@link Strength}), in one automaton; and, for
 * each entity, what it belongs to: the entities named inside its own names ("Armed Forces of Ukraine" belongs to
 * Ukraine, "Ukraine–Denmark defence production agreement" to Ukraine and Denmark) and the parties of an agreement.
 * A possessive or demonym of what an entity belongs to, written before one of its short forms, shows that the
 * short form means it ("Ukraine’s own Armed Forces", "Ukrainian Armed Forces"); one of anything else shows that
 * it does not ("Russia’s Armed Forces").
 */
final class FormTable {

    private final AhoCorasick<SurfaceForm> automaton;
    private final Map<String, Set<String>> owners = new HashMap<>();
    /** Entities whose own names give what they belong to after "of" ("Armed Forces of Ukraine"). */
    private final Set<String> ownedAfterOf = new HashSet<>();

    FormTable(Collection<Entity> entities) {
        Map<String, Set<String>> claims = new HashMap<>();
        for (Entity e : entities) {
            for (String form : e.surfaceForms()) {
                claims.computeIfAbsent(key(form), k -> new HashSet<>()).add(e.id());
            }
        }
        Map<String, List<SurfaceForm>> byText = new LinkedHashMap<>();
        for (Entity e : entities) {
            for (SurfaceForm f : forms(e, claims)) {
                byText.computeIfAbsent(f.text(), k -> new ArrayList<>()).add(f);
            }
        }
        this.automaton = new AhoCorasick<>(byText);
        for (Entity e : entities) {
            owners.put(e.id(), ownersOf(e));
        }
    }

    AhoCorasick<SurfaceForm> automaton() {
        return automaton;
    }

    /** What the entity belongs to (never itself); empty when nothing. */
    Set<String> ownersOf(String entityId) {
        return owners.getOrDefault(entityId, Set.of());
    }

    /**
     * Whether the entity's own names put what it belongs to after "of" ("Armed Forces of Ukraine"), so that "of"
     * and something else after one of its short forms means another one ("the Armed Forces of the Russian
     * Federation"). Where they do not, "of" brings an object, not an owner ("the full-scale invasion of Ukraine").
     */
    boolean ownedAfterOf(String entityId) {
        return ownedAfterOf.contains(entityId);
    }

    private static String key(String form) {
        return form.strip().toLowerCase(Locale.ROOT);
    }

    /** The entity's name, aliases and demonyms, each once, with their strength. */
    private static List<SurfaceForm> forms(Entity e, Map<String, Set<String>> claims) {
        List<SurfaceForm> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        names.add(e.name().strip());
        e.aliases().forEach(a -> names.add(a.strip()));
        for (int i = 0; i < names.size(); i++) {
            String form = names.get(i);
            if (form.isEmpty() || !seen.add(key(form))) {
                continue;
            }
            boolean shared = claims.get(key(form)).size() > 1;
            boolean alias = i > 0;
            boolean weak = shared || (alias && (partOfAnother(form, names) || isOrdinaryWords(form)));
            out.add(SurfaceForm.of(form, e.id(), weak ? Strength.WEAK : Strength.FULL));
        }
        for (String d : e.demonyms()) {
            String form = d.strip();
            if (!form.isEmpty() && seen.add(key(form))) {
                out.add(SurfaceForm.of(form, e.id(), Strength.DEMONYM));
            }
        }
        return out;
    }

    /** Ordinary words written as a name ("Armed Forces"); an acronym in capitals ("US") is no ordinary word. */
    private static boolean isOrdinaryWords(String form) {
        return SurfaceForm.madeOfCommonWords(form) && !form.equals(form.toUpperCase(Locale.ROOT));
    }

    /** Whether the form's words run, in order, inside another of the names with more words ("Armed Forces"). */
    static boolean partOfAnother(String form, List<String> names) {
        List<String> words = words(form);
        for (String other : names) {
            List<String> longer = words(other);
            if (longer.size() > words.size() && java.util.Collections.indexOfSubList(longer, words) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The entities named inside the entity's own name and aliases, and the parties it lists. */
    private Set<String> ownersOf(Entity e) {
        Set<String> found = new HashSet<>();
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        for (String name : names) {
            for (AhoCorasick.Hit<SurfaceForm> hit : automaton.findAll(name)) {
                if (Linker.isWholeWord(name, hit.start(), hit.end())
                        && hit.value().accepts(name.substring(hit.start(), hit.end()))
                        && !hit.value().entityId().equals(e.id())) {
                    found.add(hit.value().entityId());
                    String before = name.substring(0, hit.start());
                    if (before.endsWith(" of ") || before.endsWith(" of the ")) {
                        ownedAfterOf.add(e.id());
                    }
                }
            }
        }
        AttributeValue parties = e.attribute("parties");
        if (parties != null) {
            found.addAll(parties.values());
        }
        found.remove(e.id());
        return Set.copyOf(found);
    }
}
