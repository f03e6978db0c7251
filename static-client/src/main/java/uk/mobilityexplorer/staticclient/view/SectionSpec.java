package uk.mobilityexplorer.staticclient.view;

import java.util.List;

import uk.mobilityexplorer.staticclient.api.model.Caveat;
import uk.mobilityexplorer.staticclient.api.model.Observation;

/**
 * What one section of a measure page shows, before layout: from the Commission's presentation facts when the API has
 * them, else worked out from the observations (see {@link Sections}).
 */
public record SectionSpec(String key, String heading, String chartTitle, List<Caveat> caveats, int decimals,
        String unitSymbol, Polarity polarity, String visual, Double axisMin, Double axisMax, String csvPath,
        List<Observation> rows) {

    public SectionSpec withHeading(String newHeading) {
        return new SectionSpec(key, newHeading, chartTitle, caveats, decimals, unitSymbol, polarity, visual, axisMin,
                axisMax, csvPath, rows);
    }
}
