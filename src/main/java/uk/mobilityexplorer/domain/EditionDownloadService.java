package uk.mobilityexplorer.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads every observation an edition serves, in batches: each batch is one short read in its own transaction, so
 * memory holds one batch whatever the size of the edition and no connection waits on a slow client.
 */
@ApplicationScoped
public class EditionDownloadService {

    /** Rows read per query: large enough to keep round trips few, small enough to keep memory flat. */
    static final int BATCH = 2_000;

    /** Receives one batch of rows, each with its measure. */
    @FunctionalInterface
    public interface BatchWriter {
        void write(List<Observation> rows, Map<String, Measure> measures) throws IOException;
    }

    private final Catalogue catalogue;
    private final ObservationRepository observations;
    private final DataVersionRepository versions;

    public EditionDownloadService(
            Catalogue catalogue, ObservationRepository observations, DataVersionRepository versions) {
        this.catalogue = catalogue;
        this.observations = observations;
        this.versions = versions;
    }

    /** Identifies the rows a download would hold: the edition and the database's data version. */
    public String version(Edition edition) {
        return edition.id + "-" + QuarkusTransaction.requiringNew().call(versions::current);
    }

    /** Every row of the edition's served datasets (a superseded page version's rows are left out), in id order. */
    public void forEachBatch(Edition edition, BatchWriter writer) throws IOException {
        var snapshot = catalogue.get();
        Set<String> served = snapshot.datasets().stream()
                .filter(d -> d.editionId.equals(edition.id) && d.isServedByDefault())
                .map(d -> d.id)
                .collect(Collectors.toSet());
        long after = Long.MIN_VALUE;
        List<Observation> batch;
        do {
            long from = after;
            batch = QuarkusTransaction.requiringNew().call(() -> observations.inEditionAfter(edition.id, from, BATCH));
            if (!batch.isEmpty()) {
                writer.write(
                        batch.stream().filter(o -> served.contains(o.datasetId)).toList(), snapshot.measures());
                after = batch.get(batch.size() - 1).id;
            }
        } while (batch.size() == BATCH);
    }
}
