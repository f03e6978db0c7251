package uk.mobilityexplorer.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One operation of the committed contract, as read from {@code openapi/openapi.yaml}: what a generator needs to build
 * requests for it and what a checker needs to judge the answers.
 *
 * @param dimensionFilters where the operation's extra dimension parameters are listed ({@code x-dimension-filters}),
 *     or null when it takes none
 */
public record ContractOperation(
        String id,
        String method,
        String path,
        List<Parameter> parameters,
        Set<Integer> statuses,
        List<String> requestMediaTypes,
        String dimensionFilters) {

    public static List<ContractOperation> readAll(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(spec.toUri().toString(), null, options);
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException(spec + " could not be read as OpenAPI");
        }
        List<ContractOperation> operations = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, op) -> operations.add(of(path, method, item, op))));
        return operations;
    }

    private static ContractOperation of(String path, PathItem.HttpMethod method, PathItem item, Operation op) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            parameters.addAll(op.getParameters());
        }
        Set<Integer> statuses = new TreeSet<>();
        op.getResponses().keySet().forEach(code -> statuses.add(Integer.parseInt(code)));
        List<String> media = op.getRequestBody() == null || op.getRequestBody().getContent() == null
                ? List.of()
                : List.copyOf(op.getRequestBody().getContent().keySet());
        Map<String, Object> extensions = op.getExtensions() == null ? Map.of() : op.getExtensions();
        Object dimensions = extensions.get("x-dimension-filters");
        return new ContractOperation(
                op.getOperationId(),
                method.name(),
                path,
                List.copyOf(parameters),
                statuses,
                media,
                dimensions == null ? null : dimensions.toString());
    }

    /** Whether {@code name} is a query parameter the contract declares for this operation. */
    public boolean declaresQuery(String name) {
        return parameters.stream()
                .anyMatch(p -> p.getIn().equals("query") && p.getName().equals(name));
    }
}
