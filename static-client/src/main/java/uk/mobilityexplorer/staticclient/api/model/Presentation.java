package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** How the Commission presented a measure in an edition: page version, history, about notes and sections. */
public record Presentation(String pagePublished, List<HistoryEntry> history, String dataSource, List<Caveat> about,
        List<PresentationSection> sections) {
}
