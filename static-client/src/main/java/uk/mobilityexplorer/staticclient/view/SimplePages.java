package uk.mobilityexplorer.staticclient.view;

import java.util.List;

import uk.mobilityexplorer.staticclient.api.model.Edition;
import uk.mobilityexplorer.staticclient.api.model.MeasureSummary;

/** Models of the pages that list things: home, measures, areas. */
public final class SimplePages {

    private SimplePages() {
    }

    /** Home: the editions and where to go next. */
    public record Home(PageMeta meta, List<Edition> editions, int measureCount) {
    }

    /** All measures, grouped by domain, each linked to its newest edition. */
    public record Measures(PageMeta meta, List<MeasureSummary> measures) {

        public String href(MeasureSummary m) {
            return m.code() + "/" + m.editions().get(m.editions().size() - 1) + ".html";
        }
    }

    /** All areas with a profile page, by type. */
    public record Areas(PageMeta meta, List<AreaGroup> groups) {
    }

    /** Areas of one type. */
    public record AreaGroup(String heading, List<uk.mobilityexplorer.staticclient.api.model.Area> areas) {
    }

    /** A page moved elsewhere: where it went. */
    public record Redirect(PageMeta meta, String target) {
    }
}
