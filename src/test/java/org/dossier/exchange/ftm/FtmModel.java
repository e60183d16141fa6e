package org.dossier.exchange.ftm;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * FollowTheMoney's model as its YAML files state it (the copy in {@code src/test/resources/ftm-schema}): each schema's
 * parents, whether it is abstract, its required properties, and its properties with their types and ranges, each
 * schema holding its ancestors' too.
 */
final class FtmModel {

    record Property(String name, String type, String range) {
    }

    record Schema(String name, List<String> parents, boolean isAbstract, List<String> ownRequired,
                  Map<String, Property> ownProperties) {
    }

    private final Map<String, Schema> schemata;

    private FtmModel(Map<String, Schema> schemata) {
        this.schemata = schemata;
    }

    static FtmModel load() throws IOException {
        Path folder;
        try {
            folder = Path.of(FtmModel.class.getResource("/ftm-schema").toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Map<String, Schema> schemata = new LinkedHashMap<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Map<String, Object> doc = yaml.load(in);
                    doc.forEach((name, body) -> schemata.put(name, schema(name, map(body))));
                }
            }
        }
        return new FtmModel(schemata);
    }

    private static Schema schema(String name, Map<String, Object> body) {
        Map<String, Property> properties = new LinkedHashMap<>();
        map(body.get("properties")).forEach((p, def) -> {
            Map<String, Object> d = map(def);
            properties.put(p, new Property(p, d.get("type") == null ? "string" : d.get("type").toString(),
                    d.get("range") == null ? null : d.get("range").toString()));
        });
        return new Schema(name, strings(body.get("extends")), Boolean.TRUE.equals(body.get("abstract")),
                strings(body.get("required")), properties);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return o == null ? List.of() : (List<String>) o;
    }

    Set<String> names() {
        return schemata.keySet();
    }

    Schema schema(String name) {
        return schemata.get(name);
    }

    /** The schema and all its ancestors, nearest first. */
    Set<String> lineage(String name) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(name));
        while (!todo.isEmpty()) {
            String next = todo.remove(0);
            if (out.add(next) && schemata.containsKey(next)) {
                todo.addAll(schemata.get(next).parents());
            }
        }
        return out;
    }

    /** A property of the schema or of one of its ancestors, or null. */
    Property property(String schema, String property) {
        for (String s : lineage(schema)) {
            Property p = schemata.get(s).ownProperties().get(property);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * The required properties: the schema's own and its ancestors' (FtM itself checks only a schema's own list, so
     * this is the stricter test: an Article needs Thing's name as well as Document's file name).
     */
    Set<String> required(String schema) {
        Set<String> out = new LinkedHashSet<>();
        lineage(schema).forEach(s -> out.addAll(schemata.get(s).ownRequired()));
        return out;
    }

    boolean isA(String schema, String range) {
        return lineage(schema).contains(range);
    }
}
