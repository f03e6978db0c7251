package uk.mobilityexplorer.domain;

import jakarta.persistence.Converter;

/** The kind of geography an area belongs to; areas are ranked only against areas of the same type. */
public enum AreaType implements Coded {
    UK("uk"),
    GB("gb"),
    COUNTRY("country"),
    ITL1("itl1"),
    ITL2("itl2"),
    HISTORIC_NUTS2("historic-nuts2"),
    LA("la"),
    SMC203("smc203"),
    SMC205("smc205"),
    INTERNATIONAL("international"),
    OTHER("other");

    private final String code;

    AreaType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** True for the geographies inside a nation that the Commission maps area by area. */
    public boolean subnational() {
        return switch (this) {
            case ITL1, ITL2, HISTORIC_NUTS2, LA, SMC203, SMC205 -> true;
            default -> false;
        };
    }

    /** Stores the type as its code. */
    @Converter
    public static class StoredAsCode extends CodedConverter<AreaType> {
        public StoredAsCode() {
            super(AreaType.class);
        }
    }
}
