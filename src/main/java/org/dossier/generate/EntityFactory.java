package org.dossier.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;

/** Makes the entities of a synthetic store: every kind, with aliases, demonyms and kind-specific attributes. */
final class EntityFactory {

    /** One slot per kind in each run of twenty entities: people are the most common, as in news. */
    private static final String[] KIND_CYCLE = {"person", "organization", "country", "person", "agreement",
        "person", "city", "organization", "event", "person", "organization", "person", "agreement", "country",
        "person", "event", "organization", "city", "person", "agreement"};
    private static final String[] OFFICES = {"Minister of Defence", "Chief Executive", "President", "Director",
        "Prime Minister", "Procurement Chief", "Ambassador"};
    private static final String[] ORGANIZATION_FORMS = {"%s Industries", "%s Defence Group", "Ministry of %s Affairs",
        "%s Aerospace", "%s Armoured Works"};
    private static final String[] AGREEMENT_TOPICS = {"ammunition production", "air defence", "security",
        "drone manufacturing", "maintenance", "technology transfer"};
    private static final String[] EVENT_FORMS = {"%s summit", "%s defence fair", "%s talks", "%s crisis"};

    private final SplittableRandom random;
    private final NameMaker names;
    private final DateMaker dates;

    EntityFactory(SplittableRandom random, DateMaker dates) {
        this.random = random;
        this.names = new NameMaker(random);
        this.dates = dates;
    }

    List<Entity> make(int count) {
        List<Entity> entities = new ArrayList<>(count);
        List<Entity> countries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = KIND_CYCLE[i % KIND_CYCLE.length];
            String id = kind.substring(0, 3) + "-" + i;
            Entity e = switch (kind) {
                case "person" -> person(id);
                case "country" -> country(id, countries.size());
                case "city" -> simple(id, "city", names.word(), "A synthetic city.");
                case "organization" -> organization(id);
                case "agreement" -> agreement(id, countries);
                default -> event(id);
            };
            if (kind.equals("country")) {
                countries.add(e);
            }
            entities.add(e);
        }
        return entities;
    }

    private Entity person(String id) {
        String first = names.word();
        String last = names.word();
        Map<String, AttributeValue> attrs = new LinkedHashMap<>();
        attrs.put("office", AttributeValue.of(OFFICES[random.nextInt(OFFICES.length)]));
        return new Entity(id, "person", first + " " + last, List.of(last), List.of(), List.of(),
                "A synthetic person for tests and benchmarks.", attrs);
    }

    private Entity country(String id, int index) {
        String stem = names.word();
        Map<String, AttributeValue> attrs = new LinkedHashMap<>();
        if (index < 26) {
            // X? codes are reserved by ISO 3166 for user assignment, so they never clash with a real country.
            attrs.put("iso3166", AttributeValue.of("X" + (char) ('A' + index)));
        }
        return new Entity(id, "country", stem + "ia", List.of(stem + "land"), List.of(stem + "ian"), List.of(),
                "A synthetic country.", attrs);
    }

    private Entity organization(String id) {
        String word = names.word();
        String name = String.format(ORGANIZATION_FORMS[random.nextInt(ORGANIZATION_FORMS.length)], word);
        String acronym = acronym(name);
        List<String> aliases = acronym.length() >= 2 ? List.of(acronym) : List.of();
        return new Entity(id, "organization", name, aliases, List.of(), List.of(), "A synthetic organisation.",
                Map.of());
    }

    private Entity agreement(String id, List<Entity> countries) {
        String topic = AGREEMENT_TOPICS[random.nextInt(AGREEMENT_TOPICS.length)];
        Map<String, AttributeValue> attrs = new LinkedHashMap<>();
        String name;
        if (countries.size() >= 2) {
            Entity a = countries.get(random.nextInt(countries.size()));
            Entity b = countries.get(random.nextInt(countries.size()));
            name = a.name() + "–" + b.name() + " " + topic + " agreement " + names.word();
            attrs.put("parties", AttributeValue.ofList(a == b ? List.of(a.id()) : List.of(a.id(), b.id())));
        } else {
            name = names.word() + " " + topic + " agreement";
        }
        attrs.put("signed", AttributeValue.of(dates.next().iso()));
        return new Entity(id, "agreement", name, List.of(), List.of(), List.of(), "A synthetic agreement.", attrs);
    }

    private Entity event(String id) {
        String name = String.format(EVENT_FORMS[random.nextInt(EVENT_FORMS.length)], names.word());
        Map<String, AttributeValue> attrs = new LinkedHashMap<>();
        attrs.put("date", AttributeValue.of(dates.next().iso()));
        return new Entity(id, "event", name, List.of(), List.of(), List.of(), "A synthetic event.", attrs);
    }

    private static Entity simple(String id, String kind, String name, String summary) {
        return new Entity(id, kind, name, List.of(), List.of(), List.of(), summary, Map.of());
    }

    private static String acronym(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                sb.append(word.charAt(0));
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
