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

    /** Stores the type as its code. */
    @Converter
    public static class StoredAsCode extends CodedConverter<AreaType> {
        public StoredAsCode() {
            super(AreaType.class);
        }
    }
}
