package uk.mobilityexplorer.staticclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import uk.mobilityexplorer.staticclient.api.model.AreaDetail;
import uk.mobilityexplorer.staticclient.api.model.AreaList;
import uk.mobilityexplorer.staticclient.api.model.Changes;
import uk.mobilityexplorer.staticclient.api.model.EditionList;
import uk.mobilityexplorer.staticclient.api.model.Measure;
import uk.mobilityexplorer.staticclient.api.model.MeasureList;
import uk.mobilityexplorer.staticclient.api.model.ObservationPage;
import uk.mobilityexplorer.staticclient.api.model.Profile;

/**
 * Every field of every record the client reads an API response into is in the committed contract, walked from each
 * operation's 200 response schema down through nested records and lists, so an API change that breaks the client
 * fails this build.
 */
class ClientContractTest {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    /** Each response record and the operation (path) whose JSON it reads. */
    private static final Map<Class<?>, String> RESPONSES = Map.of(EditionList.class, "/api/v1/editions",
            Changes.class, "/api/v1/editions/{id}/changes", MeasureList.class, "/api/v1/measures",
            Measure.class, "/api/v1/measures/{code}", ObservationPage.class, "/api/v1/measures/{code}/observations",
            AreaList.class, "/api/v1/areas", Profile.class, "/api/v1/areas/{code}/profile", AreaDetail.class,
            "/api/v1/areas/{code}");

    private final JsonNode spec;

    ClientContractTest() throws Exception {
        spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("../openapi/openapi.yaml").toFile());
    }

    @Test
    void everyRecordFieldIsInTheContract() {
        List<String> missing = new ArrayList<>();
        RESPONSES.forEach((type, path) -> check(type, spec.at("/paths/" + path.replace("/", "~1")
                + "/get/responses/200/content/application~1json/schema"), type.getSimpleName(), missing));
        assertThat(missing).as("record fields not in openapi/openapi.yaml").isEmpty();
    }

    private void check(Class<?> type, JsonNode schema, String where, List<String> missing) {
        JsonNode properties = resolve(schema).path("properties");
        for (RecordComponent c : type.getRecordComponents()) {
            String name = SNAKE.translate(c.getName());
            JsonNode property = properties.path(name);
            if (property.isMissingNode()) {
                missing.add(where + "." + name);
                continue;
            }
            Class<?> nested = c.getType();
            JsonNode nestedSchema = resolve(property);
            if (nested == List.class) {
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                nested = element instanceof Class<?> k ? k : Object.class;
                nestedSchema = nestedSchema.path("items");
            }
            if (nested.isRecord()) {
                check(nested, nestedSchema, where + "." + name, missing);
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = spec.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }
}
