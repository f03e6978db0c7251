package uk.mobilityexplorer.api.v1;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import uk.mobilityexplorer.api.v1.dto.AreaDto;
import uk.mobilityexplorer.api.v1.dto.CouncilDto;
import uk.mobilityexplorer.domain.Area;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.Council;

/** Wire records for councils, and the sentences that say whose figures a council is shown. */
@ApplicationScoped
public class AreaMapper {

    private final Catalogue catalogue;

    public AreaMapper(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public CouncilDto council(Council c) {
        List<CouncilDto.CompositeArea> composite = new ArrayList<>();
        if (c.smc2024 != null) {
            composite.add(new CouncilDto.CompositeArea("2024", ref(c.smc2024)));
        }
        if (c.smc2025 != null) {
            composite.add(new CouncilDto.CompositeArea("2025", ref(c.smc2025)));
        }
        String holders = composite.isEmpty()
                ? "none of the Commission's areas"
                : String.join(
                        " and ",
                        composite.stream()
                                .map(a -> a.area().name() + " (" + a.edition() + ")")
                                .toList());
        String note = "The Commission publishes figures for its own areas, each made of one or more councils, and not "
                + "for a council within a larger area: figures shown for " + c.name + " are those of " + holders + ".";
        return new CouncilDto(
                c.status,
                c.replacedBy == null ? List.of() : List.of(c.replacedBy.split(" ")),
                c.smcLink,
                composite,
                ref(c.itl2),
                ref(c.itl2of2025),
                ref(c.nation),
                note);
    }

    /** Null when the area shows its own figures; else a sentence naming the area whose figures it shows. */
    public static String figuresNote(Area requested, Area figuresArea) {
        if (requested.code.equals(figuresArea.code)) {
            return null;
        }
        return "Figures shown for " + requested.name + " are those of " + figuresArea.name + " (" + figuresArea.code
                + "), the area that holds it: they are published for that whole area, not for " + requested.name
                + " alone.";
    }

    private AreaDto.AreaRef ref(String code) {
        return code == null
                ? null
                : AreaDto.AreaRef.from(catalogue.get().areas().get(code));
    }
}
