package uk.mobilityexplorer.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads every observation an edition serves, measure by measure, in batches: each batch is one short read in its own
 * transaction, so memory holds one batch whatever the size of the edition and no connection waits on a slow client.
 */
@ApplicationScoped
public class EditionDownloadService {

    /** Rows read per query: large enough to keep round trips few, small enough to keep memory flat. */
    static final int BATCH = 2_000;

    /** Receives one batch of rows, in id order within the measure. */
    @FunctionalInterface
    public interface BatchWriter {
        void write(Measure measure, List<Observation> rows) throws java.io.IOException;
    }

    private final Catalogue catalogue;
    private final ObservationRepository observations;
    private final DataVersionRepository versions;

    public EditionDownloadService(Catalogue catalogue, ObservationRepository observations,
            DataVersionRepository versions) {
        this.catalogue = catalogue;
        this.observations = observations;
        this.versions = versions;
    }

    /** Identifies the rows a download would hold: the edition and the database's data version. */
    public String version(Edition edition) {
        return edition.id + "-" + QuarkusTransaction.requiringNew().call(versions::current);
    }

    /** Every current dataset of the edition, measure by measure in catalogue order. */
    public void forEachBatch(Edition edition, BatchWriter writer) throws java.io.IOException {
        var snapshot = catalogue.get();
        for (Measure measure : snapshot.measures().values()) {
            List<String> datasetIds = catalogue.currentDatasets(measure.id, edition.id).stream().map(d -> d.id)
                    .toList();
            if (datasetIds.isEmpty()) {
                continue;
            }
            long after = Long.MIN_VALUE;
            List<Observation> batch;
            do {
                long from = after;
                batch = QuarkusTransaction.requiringNew()
                        .call(() -> observations.inDatasetsAfter(datasetIds, from, BATCH));
                if (!batch.isEmpty()) {
                    writer.write(measure, batch);
                    after = batch.get(batch.size() - 1).id;
                }
            } while (batch.size() == BATCH);
        }
    }
}
