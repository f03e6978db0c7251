package uk.mobilityexplorer.staticclient;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Every response field the generator reads must be in the committed contract, so an API change that breaks the client
 * fails this build. Keys are "schema: dotted.path"; "[]" steps into array items.
 */
class ClientContractTest {

    static final Map<String, String[]> FIELDS_READ = Map.of(
            "Edition", new String[] {"id", "title", "status", "published_on", "ranking.description"},
            "Changes", new String[] {"added[].title", "removed[].title", "revised[].title", "corrected[].title",
                "corrected[].reason"},
            "MeasureSummary", new String[] {"code", "title", "domain", "editions"},
            "Measure", new String[] {"title", "description", "edition", "smc_code", "units[].label", "domain", "topic",
                "polarity", "source"},
            "ObservationPage", new String[] {"items[].value", "items[].lci", "items[].uci", "items[].breakdowns[].category_label",
                "items[].period.label", "items[].period.end", "items[].area.name", "items[].area.code", "items[].area_published"},
            "Area", new String[] {"code", "name"},
            "Profile", new String[] {"edition", "comparison_method", "items[].measure", "items[].title", "items[].rank",
                "items[].peer_count", "items[].comparison", "items[].observation.value", "items[].observation.unit.label",
                "items[].observation.period.label"});

    @Test
    void everyFieldTheClientReadsIsInTheContract() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("../openapi/openapi.yaml").toFile());
        JsonNode schemas = spec.path("components").path("schemas");
        FIELDS_READ.forEach((schema, paths) -> {
            for (String path : paths) {
                JsonNode node = schemas.get(schema);
                for (String step : path.split("\\.")) {
                    boolean array = step.endsWith("[]");
                    node = resolve(spec, node).path("properties").get(array ? step.substring(0, step.length() - 2) : step);
                    assertNotNull(node, schema + ": " + path + " is not in openapi.yaml");
                    if (array) {
                        node = resolve(spec, node).path("items");
                    }
                }
            }
        });
    }

    private static JsonNode resolve(JsonNode spec, JsonNode node) {
        while (node.has("$ref")) {
            String name = node.get("$ref").asText().replace("#/components/schemas/", "");
            node = spec.path("components").path("schemas").path(name);
        }
        return node;
    }
}
