package uk.mobilityexplorer.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.DataReplaced;
import uk.mobilityexplorer.domain.Edition;
import uk.mobilityexplorer.domain.EditionResolver;
import uk.mobilityexplorer.domain.InvalidQueryException;

/**
 * Loads one edition from uploaded published CSV files while the service keeps serving: every file is read and
 * normalised first, then the edition's figures are swapped in one transaction. Any bad file stops the import with
 * {@code file:line:column} before the database is touched.
 */
@ApplicationScoped
public class EditionImporter {

    /** One uploaded file: the name the client gave it and where the server stored its bytes. */
    public record Upload(String fileName, Path content) {}

    /** What an import replaced the edition's figures with. */
    public record Outcome(String edition, int files, int datasets, int observations, List<String> repairs) {}

    static final int MAX_FILES = 200;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,199}\\.csv");
    private static final Logger LOG = Logger.getLogger(EditionImporter.class);

    private final AgroalDataSource dataSource;
    private final SeedLoader seedLoader;
    private final Catalogue catalogue;
    private final EditionResolver editions;
    private final Event<DataReplaced> replaced;
    private final ImportPause pause;
    // One import at a time: a second one is refused rather than queued behind a long load.
    private final ReentrantLock running = new ReentrantLock();

    public EditionImporter(
            AgroalDataSource dataSource,
            SeedLoader seedLoader,
            Catalogue catalogue,
            EditionResolver editions,
            Event<DataReplaced> replaced,
            ImportPause pause) {
        this.dataSource = dataSource;
        this.seedLoader = seedLoader;
        this.catalogue = catalogue;
        this.editions = editions;
        this.replaced = replaced;
        this.pause = pause;
    }

    public Outcome replaceEdition(String editionId, List<Upload> uploads) {
        Edition edition = editions.named(editionId).edition();
        checkUploads(uploads);
        if (!edition.isDraft() && catalogue.get().datasets().stream().anyMatch(d -> d.editionId.equals(edition.id))) {
            throw new ImportConflictException("Edition " + edition.id + " is published and its figures are cached as "
                    + "final; corrections are loaded as new page versions through the seed, not by replacing it.");
        }
        if (!running.tryLock()) {
            throw new ImportConflictException("Another import is running; try again when it has finished.");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("mobility-import-");
            Path releaseDir =
                    Files.createDirectories(work.resolve("published/releases").resolve(edition.id));
            for (Upload upload : uploads) {
                Files.copy(
                        upload.content(), releaseDir.resolve(upload.fileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            PublishedImporter.Result result = new PublishedImporter()
                    .importEdition(work.resolve("published"), edition.id, seedLoader.areaDirectory());
            LOG.infof(
                    "Edition %s: %d observations read from %d files; replacing the edition in the database",
                    edition.id, result.observations().size(), uploads.size());
            try (Connection c = dataSource.getConnection();
                    ReplicaImportLock replicas = ReplicaImportLock.acquire(c)) {
                seedLoader.replaceEdition(pause.around(c, edition.id), edition.id, SeedTables.from(result));
            } catch (SQLException e) {
                throw new IllegalStateException("import of " + edition.id + " failed in the database", e);
            }
            replaced.fire(new DataReplaced(edition.isDraft()));
            LOG.infof(
                    "Edition %s replaced from %d uploaded files: %d datasets, %d observations",
                    edition.id,
                    uploads.size(),
                    result.datasets().size(),
                    result.observations().size());
            return new Outcome(
                    edition.id,
                    uploads.size(),
                    result.datasets().size(),
                    result.observations().size(),
                    result.report());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running.unlock();
            deleteQuietly(work);
        }
    }

    private static void checkUploads(List<Upload> uploads) {
        if (uploads == null || uploads.isEmpty()) {
            throw new InvalidQueryException("file", "Attach the edition's published CSV files as 'file' parts.");
        }
        if (uploads.size() > MAX_FILES) {
            throw new InvalidQueryException("file", "At most " + MAX_FILES + " files per import.");
        }
        Set<String> names = new HashSet<>();
        for (Upload upload : uploads) {
            String name = upload.fileName() == null ? "" : upload.fileName();
            if (!SAFE_NAME.matcher(name).matches()) {
                throw new InvalidQueryException(
                        "file",
                        "File name '" + name + "' is not a published file name "
                                + "(letters, digits, '_', '-', '.', ending in .csv).");
            }
            if (!names.add(name)) {
                throw new InvalidQueryException("file", "File '" + name + "' is attached twice.");
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not remove the import work folder %s: %s", dir, e.getMessage());
        }
    }
}
