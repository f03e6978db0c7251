package uk.mobilityexplorer.api.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.mobilityexplorer.api.v1.dto.ImportDto;
import uk.mobilityexplorer.ingest.EditionImporter;

/**
 * The one write operation: an administrator replaces a draft (or not yet loaded) edition with the Commission's
 * published CSV files. Everything else in the API is read-only and public.
 */
@Path("/api/v1/admin/editions/{edition}/files")
public class EditionImportResource {

    /** The role an account needs to import; granted in configuration (README, "Importing an edition"). */
    public static final String IMPORTER_ROLE = "importer";

    private final EditionImporter importer;

    public EditionImportResource(EditionImporter importer) {
        this.importer = importer;
    }

    @PUT
    @RolesAllowed(IMPORTER_ROLE)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportDto replace(@RestPath String edition, @RestForm("file") List<FileUpload> files) {
        List<EditionImporter.Upload> uploads = files == null
                ? List.of()
                : files.stream()
                        .map(f -> new EditionImporter.Upload(f.fileName(), f.uploadedFile()))
                        .toList();
        EditionImporter.Outcome outcome = importer.replaceEdition(edition, uploads);
        return new ImportDto(
                outcome.edition(), outcome.files(), outcome.datasets(), outcome.observations(), outcome.repairs());
    }
}
