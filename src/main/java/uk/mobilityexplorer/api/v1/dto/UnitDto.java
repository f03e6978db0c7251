package uk.mobilityexplorer.api.v1.dto;

import uk.mobilityexplorer.domain.Unit;

/** A unit with its label and usual decimal places. */
public record UnitDto(String code, String label, int decimals) {
    public static UnitDto from(Unit u) {
        return new UnitDto(u.code, u.label, u.decimals);
    }
}
