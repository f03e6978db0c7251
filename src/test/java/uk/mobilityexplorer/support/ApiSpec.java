package uk.mobilityexplorer.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/** Every request in the suite goes through here, so every response is checked against the committed contract. */
public final class ApiSpec {

    public static final Path PROJECT = Path.of(System.getProperty("project.root", "."));
    private static final OpenApiValidationFilter CONTRACT =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(
                            PROJECT.resolve("openapi/openapi.yaml").toUri().toString())
                    // Tests send bad requests on purpose; only the responses must honour the contract.
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private ApiSpec() {}

    public static RequestSpecification api() {
        return given().filter(CONTRACT);
    }
}
