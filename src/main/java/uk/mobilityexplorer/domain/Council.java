package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * A UK council (also an area of type {@code la}) and the areas that hold it: the Commission's area in 2024 and 2025,
 * the ITL2 region (2021 and 2025 boundaries) covering most of that area, and the nation.
 */
@Entity
public class Council {
    @Id
    public String code;

    public String name;
    /** current or retired */
    public String status;
    /** Space-separated codes that took over a retired council's area. */
    @Column(name = "replaced_by")
    public String replacedBy;
    /** How the Commission's area was found: listed, through-successor, through-predecessor or none. */
    @Column(name = "smc_link")
    public String smcLink;

    @Column(name = "smc_2024")
    public String smc2024;

    @Column(name = "smc_2025")
    public String smc2025;

    public String itl2;

    @Column(name = "itl2_share")
    public BigDecimal itl2Share;

    @Column(name = "itl2_2025")
    public String itl2of2025;

    @Column(name = "itl2_2025_share")
    public BigDecimal itl2of2025Share;

    public String nation;

    public boolean isRetired() {
        return "retired".equals(status);
    }

    /** Areas whose figures may stand for the council's: the Commission's, latest boundaries first, then the region. */
    public List<String> containingAreas() {
        return Stream.of(smc2025, smc2024, itl2)
                .filter(c -> c != null && !c.isBlank())
                .toList();
    }
}
