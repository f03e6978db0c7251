package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the Commission presented a measure in an edition, from the facts imported from its page sources. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PresentationService {

    /**
     * The page version that applies to the edition (its latest: corrections supersede), every published version of the
     * page, the caveats about the data and the sections in page order.
     */
    public record Presentation(
            PresentationPage page, List<PresentationPage> history, List<Caveat> about, List<Section> sections) {}

    /**
     * A section with the caveats shown beside it and the observation filter that selects its rows ({@code
     * chart_type=...} or {@code area_type=...}), or null where no filter is known to select them.
     */
    public record Section(PresentationSection section, List<Caveat> caveats, String rowsFilter) {}

    private final Catalogue catalogue;
    private final PresentationPageRepository pages;
    private final PresentationSectionRepository sections;
    private final PresentationCaveatRepository caveatUses;
    private final CaveatRepository caveats;

    public PresentationService(
            Catalogue catalogue,
            PresentationPageRepository pages,
            PresentationSectionRepository sections,
            PresentationCaveatRepository caveatUses,
            CaveatRepository caveats) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.sections = sections;
        this.caveatUses = caveatUses;
        this.caveats = caveats;
    }

    /**
     * Null when no page of the Commission describes the measure in that edition.
     *
     * @param areaTypes the area types of the measure's rows in the edition
     */
    public Presentation of(Measure measure, Edition edition, List<String> areaTypes) {
        List<PresentationPage> all = pages.ofMeasure(measure.id);
        List<PresentationPage> inEdition =
                all.stream().filter(p -> p.editionId.equals(edition.id)).toList();
        if (inEdition.isEmpty()) {
            return null;
        }
        // A draft edition's page is history only to someone reading that draft.
        List<PresentationPage> history = all.stream()
                .filter(p -> p.editionId.equals(edition.id)
                        || !catalogue.get().editions().get(p.editionId).isDraft())
                .toList();
        Map<String, Caveat> byCode = caveats.all().stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
        List<PresentationCaveat> uses = caveatUses.inEdition(measure.id, edition.id);
        List<PresentationSection> inPage = sections.inEdition(measure.id, edition.id);
        String mapRows = mapRowsFilter(inPage, areaTypes);
        List<Section> drawn = inPage.stream()
                .map(s -> new Section(s, caveatsOf(uses, s.key, byCode), rowsFilter(s, mapRows)))
                .toList();
        return new Presentation(inEdition.get(inEdition.size() - 1), history, caveatsOf(uses, null, byCode), drawn);
    }

    private static String rowsFilter(PresentationSection s, String mapRows) {
        if (s.chartType != null) {
            return "chart_type=" + s.chartType;
        }
        return "map".equals(s.visual) ? mapRows : null;
    }

    /**
     * The rows of a page's map where the files name no chart type (the 2023 and most 2024 files have none): the
     * measure's rows of its one subnational area type, when the page has one such map. The map's caveats (such as
     * not ranking regions) then reach the rows they are about.
     */
    private static String mapRowsFilter(List<PresentationSection> inPage, List<String> areaTypes) {
        long unlinkedMaps = inPage.stream()
                .filter(s -> s.chartType == null && "map".equals(s.visual))
                .count();
        List<String> subnational = areaTypes.stream()
                .filter(t -> Coded.fromCode(AreaType.class, t)
                        .map(AreaType::subnational)
                        .orElse(false))
                .toList();
        return unlinkedMaps == 1 && subnational.size() == 1 ? "area_type=" + subnational.get(0) : null;
    }

    private static List<Caveat> caveatsOf(
            List<PresentationCaveat> uses, String sectionKey, Map<String, Caveat> byCode) {
        return uses.stream()
                .filter(u -> Objects.equals(u.sectionKey, sectionKey))
                .map(u -> byCode.get(u.code))
                .toList();
    }
}
