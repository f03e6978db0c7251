package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A geographic area with its official code (ONS GSS or ITL) or, for the Commission's own areas, a derived code. */
@Entity
public class Area {
    /** The United Kingdom, the figure every area is compared with. */
    public static final String UK_CODE = "K02000001";

    @Id
    public String code;

    public String name;

    @Convert(converter = AreaType.StoredAsCode.class)
    public AreaType type;

    @Column(name = "parent_code")
    public String parentCode;

    public String vintages;
    public String slug;

    @Column(name = "component_codes")
    public String componentCodes;
}
