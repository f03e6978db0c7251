package uk.mobilityexplorer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.support.ApiSpec;

/** The committed contract and the running service agree: same operations, and each works with its documented examples. */
@QuarkusTest
class OpenApiContractTest {

    private static OpenAPI committed() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser()
                .read(ApiSpec.PROJECT.resolve("openapi/openapi.yaml").toString(), null, options);
    }

    @Test
    void everyReadOperationAnswersItsDocumentedExampleWithAValidatedSuccess() {
        OpenAPI spec = committed();
        List<String> exercised = new ArrayList<>();
        spec.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            if (get == null) {
                return; // the one write, the admin import, needs credentials and files: EditionImportResourceTest
            }
            RequestSpecification request = api();
            String url = path;
            for (Parameter p : get.getParameters() == null ? List.<Parameter>of() : get.getParameters()) {
                Parameter param = p.get$ref() == null
                        ? p
                        : spec.getComponents().getParameters().get(p.get$ref().replace("#/components/parameters/", ""));
                if (param.getIn().equals("path")) {
                    url = url.replace("{" + param.getName() + "}", String.valueOf(param.getExample()));
                } else if (param.getExample() != null
                        && (Boolean.TRUE.equals(param.getRequired())
                                || param.getName().equals("edition"))) {
                    request = request.queryParam(param.getName(), String.valueOf(param.getExample()));
                }
            }
            request.get(url).then().statusCode(200);
            exercised.add(get.getOperationId());
        });
        assertThat(exercised).hasSize(13);
    }

    @Test
    void servedDocumentHasTheCommittedOperations() {
        Map<String, Object> served = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        assertThat(new TreeSet<>(served.keySet()))
                .isEqualTo(new TreeSet<>(committed().getPaths().keySet()));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
